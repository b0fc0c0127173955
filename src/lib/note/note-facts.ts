import { collectQuotedFacts, type Path } from '@/model/quoted-facts';
import type { Dataset } from '@/model/schema';

/** What a quoted sentence supports, grouped as the reader's legend shows it. */
export const FACT_CATEGORIES = [
  'presence',
  'figure',
  'collaboration',
  'consolidation',
  'focus',
  'other',
] as const;
export type FactCategory = (typeof FACT_CATEGORIES)[number];

/** Which field of the data model a fact is, read from where its quote sits in the record. */
export type FactField =
  | 'presence'
  | 'heading'
  | 'emerging'
  | 'consolidation'
  | 'date'
  | 'mergedIn'
  | 'keyFigure'
  | 'focusArea'
  | 'activity'
  | 'collaboration'
  | 'covid'
  | 'unnamedLocations';

export interface NoteFact {
  quote: string;
  clusterId: string;
  /** Set for a presence: selecting it selects the presence, not only its cluster. */
  presenceId: string | null;
  field: FactField;
  /** Index in the cluster's list (keyFigures[2] → 2), null for single fields. */
  index: number | null;
  category: FactCategory;
}

const CATEGORY: Record<FactField, FactCategory> = {
  presence: 'presence',
  unnamedLocations: 'presence',
  keyFigure: 'figure',
  collaboration: 'collaboration',
  consolidation: 'consolidation',
  date: 'consolidation',
  mergedIn: 'consolidation',
  focusArea: 'focus',
  activity: 'focus',
  heading: 'other',
  emerging: 'other',
  covid: 'other',
};

const LIST_FIELDS: Record<string, FactField> = {
  keyFigures: 'keyFigure',
  focusAreas: 'focusArea',
  activities: 'activity',
  collaborations: 'collaboration',
  covid: 'covid',
};

function clusterField(path: Path, field: 'quote' | 'heading'): FactField | null {
  if (field === 'heading') return path.length === 0 ? 'heading' : null;
  const [first, second] = path;
  if (
    path.length === 1 &&
    (first === 'emerging' || first === 'consolidation' || first === 'unnamedLocations')
  )
    return first;
  if (first === 'consolidation' && second === 'dates') return 'date';
  if (first === 'consolidation' && second === 'mergedIn') return 'mergedIn';
  return typeof first === 'string' ? (LIST_FIELDS[first] ?? null) : null;
}

/**
 * Every fact that quotes the primary note, with the cluster or presence it belongs to. A fact quotes the
 * primary note when it names no source, or names the primary one.
 */
export function collectNoteFacts(
  dataset: Pick<Dataset, 'clusters' | 'presences'>,
  primaryId?: string,
): NoteFact[] {
  const fromNote = (source: string | undefined) => source === undefined || source === primaryId;
  const facts: NoteFact[] = [];
  for (const cluster of dataset.clusters) {
    for (const q of collectQuotedFacts(cluster)) {
      const field = clusterField(q.path, q.field);
      if (!field || !fromNote(q.source)) continue;
      const index = typeof q.path.at(-1) === 'number' ? (q.path.at(-1) as number) : null;
      facts.push({
        quote: q.quote,
        clusterId: cluster.id,
        presenceId: null,
        field,
        index,
        category: CATEGORY[field],
      });
    }
  }
  for (const presence of dataset.presences) {
    if (!fromNote(presence.source)) continue;
    facts.push({
      quote: presence.quote,
      clusterId: presence.clusterId,
      presenceId: presence.id,
      field: 'presence',
      index: null,
      category: 'presence',
    });
  }
  return facts;
}
