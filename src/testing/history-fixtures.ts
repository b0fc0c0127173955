/** Test-only: the real dataset and histories, and small histories made up for one rule at a time. */
import { datasetSchema, historySchema, type History, type Observation } from '@/model/dataset-schema';
import { datasetJson, historyJson } from '@/testing/test-files';

export const dataset = datasetSchema.parse(datasetJson());
export const history = historySchema.parse(historyJson());

const BASE: History = { ...history, presences: [], observations: [], facts: [], conflicts: [] };

/** An observation of a presence of the note (default: CLEAN's office in Roskilde) from some source. */
export function observation(patch: Partial<Observation> & Pick<Observation, 'id'>): Observation {
  return {
    ref: 'T',
    presence: 'clean--roskilde',
    place: 'Roskilde',
    precision: 'city',
    kind: 'office',
    status: 'established',
    date: '2021-01-15',
    datePrecision: 'day',
    source: 'ufm-2021-12-16',
    quote: 'a quote',
    placeLink: { kind: 'gazetteer', alias: null, gazetteerName: 'Roskilde', inferred: false, reason: null },
    ...patch,
  };
}

export function historyWith(parts: Partial<Pick<History, 'observations' | 'facts' | 'presences'>>): History {
  return { ...BASE, ...parts };
}

export function closure(
  id: string,
  date: string,
  datePrecision: 'day' | 'month' = 'day',
  clusterId = 'clean',
) {
  return {
    id,
    ref: 'T',
    clusterId,
    topic: 'closure' as const,
    gloss: { da: 'lukket', en: 'closed' },
    date,
    datePrecision,
    source: 'ufm-2021-12-16',
    quote: 'konkurs',
  };
}
