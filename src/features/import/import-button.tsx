import { lazy } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { FileUp } from 'lucide-react';
import { useImports, useImportsAcrossTabs } from '@/data/imported-presences';
import { useFormatNumber } from '@/i18n/data-labels';
import { DialogButton } from '@/components/dialog-button';

// The import itself (file reading, validation, place names) loads only when opened.
const ImportDialog = lazy(() => import('./import-dialog'));

/** The header's way to bring one's own data; shows how many imported presences this browser keeps. */
export function ImportButton() {
  const { t } = useTranslation('imported');
  const count = useImports().data?.presences.length ?? 0;
  const number = useFormatNumber();
  useImportsAcrossTabs();
  return (
    <DialogButton
      label={count ? t('openWithCount', { count }) : t('open')}
      text={t('open')}
      icon={<FileUp aria-hidden="true" className="size-4" />}
      loading={t('loading')}
      badge={
        count > 0 && (
          <span
            aria-hidden="true"
            className="rounded-full bg-white px-1.5 text-xs font-semibold text-brand tabular-nums"
          >
            {number(count)}
          </span>
        )
      }
      dialog={(close) => <ImportDialog onClose={close} />}
    />
  );
}
