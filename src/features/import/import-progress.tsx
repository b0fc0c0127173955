import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { CircleStop } from 'lucide-react';
import type { ImportState } from './use-import-file';

interface Props {
  state: Extract<ImportState, { status: 'working' }>;
  onCancel: () => void;
}

/**
 * How far an import is, with a cancel: the stage in words (read out when it changes), the rows as a
 * progress bar (read on demand, not at every step), and the way out until the rows are saved.
 */
export function ImportProgress({ state, onCancel }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const { stage, done, total, name } = state;
  const counting = stage === 'rows' && total > 0;
  return (
    <div className="space-y-2 rounded-md border border-line p-3" data-import-stage={stage}>
      <p className="text-sm font-medium" role="status">
        {t(`progress.${stage === 'rows' ? 'checking' : stage}`, { name })}
      </p>
      <progress
        aria-label={t('progress.label', { name })}
        aria-valuetext={counting ? t('progress.rows', { done, total }) : undefined}
        max={counting ? total : undefined}
        value={counting ? done : undefined}
        className="h-2 w-full accent-brand"
      />
      {counting && (
        <p className="text-xs text-muted tabular-nums" aria-hidden="true">
          {t('progress.rows', { done, total })}
        </p>
      )}
      {stage !== 'saving' && (
        <button
          type="button"
          onClick={onCancel}
          className="inline-flex min-h-11 items-center gap-1 rounded-md border border-line px-3 text-sm font-medium text-red-800 hover:bg-red-50 lg:min-h-9"
        >
          <CircleStop aria-hidden="true" className="size-4" />
          {t('progress.cancel')}
        </button>
      )}
    </div>
  );
}
