import { Fragment, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/panel-strings';
import { FileMinus } from 'lucide-react';
import type { Dataset } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import type { Inline, LaidOutBlock } from '@/lib/note/layout';
import type { NoteModel } from '@/lib/note/note-model';
import type { FactTarget } from '@/lib/note/targets';
import { targetLabel } from './fact-label';
import { FactChooser } from './fact-chooser';
import { HighlightMark } from './highlight-mark';
import { NoteRuns } from './note-runs';

interface Props {
  model: NoteModel;
  /** Without it the note still reads, with nothing to link to. */
  dataset: Dataset | undefined;
  current: number | null;
  chooser: number | null;
  onActivate: (id: number) => void;
  onSelect: (id: number, target: FactTarget) => void;
  onCloseChooser: () => void;
}

export const sectionDomId = (clusterId: string) => `note-section-${clusterId}`;

const holds = (block: LaidOutBlock, id: number | null) =>
  id !== null &&
  block.kind !== 'letterhead' &&
  block.content.some((i) => i.kind === 'highlight' && i.highlight === id && i.first);

/** The note itself, in Danish whatever the UI language: title h3, cluster sections h4, paragraphs. */
export function NoteBody({ model, dataset, current, chooser, onActivate, onSelect, onCloseChooser }: Props) {
  const { t } = useTranslation(READER_NS);
  const language = useLanguage();
  const singleLabels = useMemo(
    () =>
      model.highlights.map(({ targets: [only, ...more] }) => {
        if (!dataset || !only || more.length > 0) return null;
        if (only.kind === 'presence') return targetLabel(only, dataset, t, language);
        const name = dataset.clusters.find((c) => c.id === only.clusterId)?.name ?? only.clusterId;
        return t('highlight.cluster', { name });
      }),
    [model, dataset, t, language],
  );
  const content = (inlines: Inline[]) =>
    inlines.map((inline, i) => {
      const info = inline.kind === 'highlight' ? model.highlights[inline.highlight] : undefined;
      if (inline.kind === 'text' || !info) return <NoteRuns key={i} runs={inline.runs} />;
      return (
        <HighlightMark
          key={i}
          info={info}
          runs={inline.runs}
          first={inline.first}
          current={current === info.id}
          chooserOpen={chooser === info.id}
          targetLabel={singleLabels[info.id] ?? null}
          onActivate={onActivate}
        />
      );
    });
  const chosen = chooser === null ? undefined : model.highlights[chooser];
  return (
    <div lang="da" className="space-y-3 text-[0.9375rem] leading-relaxed">
      {model.blocks.map((block, i) => (
        <Fragment key={i}>
          {block.kind === 'heading' && block.level === 'title' && (
            <h3 className="text-lg leading-snug font-semibold">{content(block.content)}</h3>
          )}
          {block.kind === 'heading' && block.level === 'section' && (
            <h4
              id={block.clusterId ? sectionDomId(block.clusterId) : undefined}
              tabIndex={-1}
              className="scroll-mt-28 pt-3 text-base leading-snug font-semibold"
            >
              {content(block.content)}
            </h4>
          )}
          {block.kind === 'paragraph' && <p>{content(block.content)}</p>}
          {block.kind === 'letterhead' && (
            <p lang={language} className="flex items-center gap-1.5 text-xs text-muted italic">
              <FileMinus aria-hidden="true" className="size-3.5 shrink-0" />
              {block.after ? t('letterheadAfter', { word: block.after }) : t('letterhead')}
            </p>
          )}
          {chosen && dataset && holds(block, chosen.id) && (
            <FactChooser
              info={chosen}
              dataset={dataset}
              onSelect={(target) => onSelect(chosen.id, target)}
              onClose={onCloseChooser}
            />
          )}
        </Fragment>
      ))}
    </div>
  );
}
