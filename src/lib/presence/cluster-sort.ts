import type { SortDirection } from '@/model/sort';
import type { ClusterSummary } from './cluster-summary';
import { CONSOLIDATION_KINDS, type ConsolidationKind } from '@/model/schema';

export const SORT_KEYS = [
  'note',
  'name',
  'businessArea',
  'track',
  'consolidation',
  'presences',
  'regions',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** In the schema's order (merged … kept); "not stated" last. */
const CONSOLIDATION_ORDER: (ConsolidationKind | null)[] = [...CONSOLIDATION_KINDS, null];

type Compare = (a: ClusterSummary, b: ClusterSummary) => number;

/** Statuses weigh by certainty: an established presence counts more than any number of planned ones. */
const presenceScore = (s: ClusterSummary) =>
  s.byStatus.established * 1e4 +
  s.byStatus.opening * 1e3 +
  s.byStatus['in-progress'] * 100 +
  s.byStatus.planned * 10 +
  s.byStatus.considering;

function comparator(key: SortKey, text: (s: ClusterSummary) => string, collator: Intl.Collator): Compare {
  switch (key) {
    case 'note':
      return (a, b) => a.index - b.index;
    case 'name':
      return (a, b) => collator.compare(a.cluster.name, b.cluster.name);
    case 'businessArea':
      return (a, b) => collator.compare(text(a), text(b));
    case 'track':
      return (a, b) => Number(a.cluster.emerging.value) - Number(b.cluster.emerging.value);
    case 'consolidation':
      return (a, b) =>
        CONSOLIDATION_ORDER.indexOf(a.cluster.consolidation.kind) -
        CONSOLIDATION_ORDER.indexOf(b.cluster.consolidation.kind);
    case 'presences':
      return (a, b) => presenceScore(a) - presenceScore(b);
    case 'regions':
      return (a, b) => a.regionScore - b.regionScore;
  }
}

/**
 * Sorts the overview. Ties keep the note's order in either direction, so the table never shuffles
 * rows that compare equal. `businessAreaLabel` gives the label in the reader's language.
 */
export function sortSummaries(
  rows: ClusterSummary[],
  key: SortKey,
  direction: SortDirection,
  businessAreaLabel: (s: ClusterSummary) => string,
  locale: string,
): ClusterSummary[] {
  const compare = comparator(key, businessAreaLabel, new Intl.Collator(locale));
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || a.index - b.index);
}
