import { lazy, Suspense } from 'react';
import { ChevronDown, History } from 'lucide-react';
import { useTranslation } from '@/i18n/use-translation';
import { useDisclosure } from '@/components/use-disclosure';
import { useSourceStatus } from '@/components/use-source-status';
import { Loading } from '@/components/loading';

// The choice itself loads when first opened: the first view carries only the line that says what is shown.
const SourceChoiceForm = lazy(() =>
  import('./source-choice-form').then((m) => ({ default: m.SourceChoiceForm })),
);

/**
 * The header says which sources and which date the map shows, and opens the choice: the note alone (the
 * default) or every source at a date. A disclosure like the export menu: Escape or a click elsewhere
 * closes it.
 */
export function SourceChoice() {
  const { t } = useTranslation('sources');
  const { open, close, root, buttonProps, panelProps } = useDisclosure();
  const status = useSourceStatus();

  return (
    <div ref={root} className="relative">
      <button
        {...buttonProps}
        aria-label={t('open', { status })}
        data-source-status
        className={`flex min-h-11 max-w-full items-center gap-1 rounded px-1 text-left text-xs leading-tight font-medium lg:min-h-7 ${
          open
            ? 'bg-white text-brand'
            : 'text-white/95 underline decoration-white/50 underline-offset-2 hover:bg-white/15'
        }`}
      >
        <History aria-hidden="true" className="size-3.5 shrink-0 max-sm:hidden" />
        <span>{status}</span>
        <ChevronDown aria-hidden="true" className="size-3.5 shrink-0" />
      </button>
      <div
        {...panelProps}
        role="group"
        aria-label={t('label')}
        className="absolute top-full left-0 z-40 mt-1 w-[min(22rem,calc(100vw-1rem))] rounded-md border border-line bg-paper p-2 text-ink shadow-lg"
      >
        {open && (
          <Suspense fallback={<Loading label={t('loading')} />}>
            <SourceChoiceForm onChanges={close} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
