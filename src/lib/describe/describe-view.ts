import { countedPresences } from '@/lib/coverage/distance';
import { describeBasis, type BasisInput } from './data-basis';
import { describeCoverage, type CoverageInput } from './describe-coverage';
import { describePresences, type PresencesInput } from './describe-presences';
import type { Words } from './words';

export type ViewInput = (PresencesInput | CoverageInput) & {
  /** The sources and the date; the facts shown are taken from the view. */
  basis: Omit<BasisInput, 'shown'>;
};

export interface ViewDescription {
  /** What is shown: "Klyngernes tilstedeværelse – Byggeri og anlæg: 5 af 23". */
  what: string;
  /** "Status: efterår 2021". */
  date: string;
  /** Every source in full, as a sentence. */
  sources: string;
  /** The sources short enough for a title line: "Kilde: Erhvervsstyrelsen, Bilag 6.2". */
  sourcesShort: string;
  /** One line: what, date and sources (short): the embed's title line and the iframe's title. */
  title: string;
  /** The whole description in sentences: alt text, under the printed map, the embed map's description. */
  text: string;
}

/**
 * Words for a view, built from the same model as the legend and the list (the visible presences)
 * or the coverage map and panel (the coverage analysis), so it says what they show.
 */
export function describeView(input: ViewInput, words: Words): ViewDescription {
  const part =
    input.view === 'presences'
      ? describePresences(input, words, input.basis.asOf !== null)
      : describeCoverage(input, words);
  const shown =
    input.view === 'presences'
      ? input.shown
      : countedPresences(input.all, input.analysis.clusterIds, input.analysis.statuses);
  const basis = describeBasis({ ...input.basis, shown }, words);
  return {
    what: part.what,
    date: basis.date,
    sources: basis.sources,
    sourcesShort: basis.sourcesShort,
    title: [part.what, basis.date, basis.sourcesShort].join(' · '),
    text: [...part.sentences, basis.imported, `${basis.date}.`, basis.sources]
      .filter((s): s is string => s !== null)
      .join(' '),
  };
}
