import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/panel-strings';
import { Layers, MapPin, X } from 'lucide-react';
import type { Dataset } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import type { HighlightInfo } from '@/lib/note/note-model';
import type { FactTarget } from '@/lib/note/targets';
import { factLabel, targetLabel } from './fact-label';
import { scrollBehavior } from './focus';
import { chooserDomId, highlightDomId } from './highlight-mark';

interface Props {
  info: HighlightInfo;
  dataset: Dataset;
  onSelect: (target: FactTarget) => void;
  onClose: () => void;
}

/** Facts a target covers: a presence its own fact, a cluster the sentence's cluster-level facts. */
const factsFor = (info: HighlightInfo, target: FactTarget) =>
  info.facts.filter((f) =>
    target.kind === 'presence'
      ? f.presenceId === target.presenceId
      : f.presenceId === null && f.clusterId === target.clusterId,
  );

/** When a sentence supports several things: a short list under its paragraph to pick what to show. */
export function FactChooser({ info, dataset, onSelect, onClose }: Props) {
  const { t, i18n } = useTranslation(READER_NS);
  const language = useLanguage();
  const box = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Bring the whole list into view (on a phone it opens below the fold), then focus its first choice.
    box.current?.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
    first.current?.focus({ preventScroll: true });
  }, []);
  const close = () => {
    onClose();
    document.getElementById(highlightDomId(info.id))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  return (
    // Catches Escape bubbling from its own buttons, so the choice closes before the reader does.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={box}
      id={chooserDomId(info.id)}
      role="group"
      lang={i18n.language}
      aria-labelledby={`${chooserDomId(info.id)}-title`}
      onKeyDown={onKeyDown}
      className="my-2 scroll-my-2 rounded-lg border border-line bg-canvas p-3 text-sm shadow-sm"
    >
      <div className="flex items-start justify-between gap-2">
        <p id={`${chooserDomId(info.id)}-title`} className="font-semibold">
          {t('chooser.title')}
        </p>
        <button
          type="button"
          onClick={close}
          aria-label={t('chooser.close')}
          className="-m-2 flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-paper"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      </div>
      <p className="mb-2 text-muted">{t('chooser.hint')}</p>
      <ul className="space-y-1.5">
        {info.targets.map((target, i) => {
          const cluster = dataset.clusters.find((c) => c.id === target.clusterId);
          const facts = cluster ? factsFor(info, target).filter((f) => f.field !== 'presence') : [];
          const Icon = target.kind === 'presence' ? MapPin : Layers;
          return (
            <li key={target.kind === 'presence' ? target.presenceId : `cluster-${target.clusterId}`}>
              <button
                ref={i === 0 ? first : undefined}
                type="button"
                onClick={() => onSelect(target)}
                className="flex min-h-11 w-full items-start gap-2 rounded-md border border-line bg-paper px-3 py-2 text-left hover:border-brand hover:bg-brand-soft"
              >
                <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand" />
                <span>
                  <span className="block font-medium">{targetLabel(target, dataset, t, language)}</span>
                  {cluster && facts.length > 0 && (
                    <span className="block text-xs text-muted">
                      {facts.map((f) => factLabel(f, cluster, t, language)).join(' · ')}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
