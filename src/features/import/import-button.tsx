import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { FileUp } from 'lucide-react';
import { useImports, useImportsAcrossTabs } from '@/data/imported-presences';
import { useFormatNumber } from '@/i18n/data-labels';

// The import itself (file reading, validation, place names) loads only when opened.
const ImportDialog = lazy(() => import('./import-dialog'));

/** The header's way to bring one's own data; shows how many imported presences this browser keeps. */
export function ImportButton() {
  const { t } = useTranslation('imported');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const count = useImports().data?.presences.length ?? 0;
  const number = useFormatNumber();
  useImportsAcrossTabs();
  // Focus goes back to the button once the dialog is gone (while it is open, the page behind is inert).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-label={count ? t('openWithCount', { count }) : t('open')}
        onClick={() => setOpen(true)}
        className="flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-white/40 px-2.5 text-sm font-medium text-white hover:bg-white/15 lg:min-h-9"
      >
        <FileUp aria-hidden="true" className="size-4" />
        <span aria-hidden="true" className="hidden sm:inline">
          {t('open')}
        </span>
        {count > 0 && (
          <span
            aria-hidden="true"
            className="rounded-full bg-white px-1.5 text-xs font-semibold text-brand tabular-nums"
          >
            {number(count)}
          </span>
        )}
      </button>
      {open && (
        <Suspense
          fallback={
            <span className="sr-only" role="status">
              {t('loading')}
            </span>
          }
        >
          <ImportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
