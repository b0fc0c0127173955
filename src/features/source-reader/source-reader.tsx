import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/panel-strings';
import { TriangleAlert } from 'lucide-react';
import { DataError } from '@/components/data-error';
import { Loading } from '@/components/loading';
import { useAppStore } from '@/state/store';
import type { FactTarget } from '@/lib/note/targets';
import { returnFocusFromReader } from './focus';
import { NoteBody } from './note-body';
import { ReaderHeader, READER_TITLE_ID } from './reader-header';
import { ReaderIntro } from './reader-intro';
import { useNoteModel } from './use-note-model';
import { useFollowSelection } from './use-follow-selection';
import { useReaderFocus } from './use-reader-focus';
import { useSelectTarget } from './use-select-target';

/** The status note beside the map, every quoted sentence linked to the facts it supports. Lazy-loaded. */
export default function SourceReader() {
  const { t } = useTranslation(READER_NS);
  const { model, error, retry, dataset } = useNoteModel();
  const target = useAppStore((s) => s.readerTarget);
  const closeReader = useAppStore((s) => s.closeReader);
  const selectTarget = useSelectTarget();
  const [chooser, setChooser] = useState<number | null>(null);
  const current = target && model ? (model.byQuote.get(target.quote)?.[0] ?? null) : null;
  useReaderFocus(model, current, target);
  useFollowSelection(dataset);

  const close = () => {
    closeReader();
    returnFocusFromReader();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const select = (id: number, choice: FactTarget) => {
    const quote = model?.highlights[id]?.facts[0]?.quote;
    if (quote) selectTarget(choice, quote);
  };
  const activate = (id: number) => {
    const targets = model?.highlights[id]?.targets ?? [];
    if (targets.length === 1 && targets[0]) select(id, targets[0]);
    else setChooser((open) => (open === id ? null : id));
  };

  return (
    // Escape anywhere inside the reader closes it; the inner lists stop it first when they are open.
    // `relative` keeps the highlights' sr-only texts inside the scrolling panel, not growing the page.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section aria-labelledby={READER_TITLE_ID} onKeyDown={onKeyDown} className="relative min-h-full">
      <ReaderHeader clusters={dataset?.clusters ?? []} onClose={close} />
      <div className="space-y-4 px-4 py-3">
        {error ? (
          <DataError error={error} onRetry={retry} />
        ) : !model ? (
          <Loading label={t('common:loading.reader')} />
        ) : (
          <>
            <ReaderIntro source={dataset?.sources.find((s) => s.primary)} missing={model.missing.length} />
            {target && current === null && (
              <p
                role="status"
                className="flex items-center gap-2 rounded-md bg-amber-50 p-2 text-sm text-amber-950"
              >
                <TriangleAlert aria-hidden="true" className="size-4 shrink-0" />
                {t('targetMissing')}
              </p>
            )}
            <NoteBody
              model={model}
              dataset={dataset}
              current={current}
              chooser={chooser}
              onActivate={activate}
              onSelect={select}
              onCloseChooser={() => setChooser(null)}
            />
          </>
        )}
      </div>
    </section>
  );
}
