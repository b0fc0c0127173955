/**
 * Cell values for status, kind and precision: the model's own values ("in-progress"), the app's labels
 * in Danish and English ("Under etablering", "In progress"), and a few words people write.
 */
import {
  PRECISIONS,
  PRESENCE_KINDS,
  PRESENCE_STATUS_LABELS,
  PRESENCE_STATUSES,
  type Precision,
  type PresenceKind,
  type PresenceStatus,
} from '@/model/schema';
import { foldKey } from '@/lib/text/fold';

function lookup<T extends string>(entries: readonly (readonly [T, readonly string[]])[]) {
  const byKey = new Map<string, T>();
  for (const [value, words] of entries) for (const word of [value, ...words]) byKey.set(foldKey(word), value);
  return (cell: string): T | undefined => byKey.get(foldKey(cell));
}

const STATUS_WORDS: Record<PresenceStatus, readonly string[]> = {
  established: ['etableret', 'åbnet', 'oprettet'],
  opening: ['åbner', 'snarlig åbning'],
  'in-progress': ['under etablering', 'i gang', 'in progress'],
  planned: ['planlagt', 'plan'],
  considering: ['overvejes', 'overvejer', 'considering', 'under consideration'],
  closed: ['lukket', 'konkurs', 'nedlagt'],
};

export const parseStatus = lookup(
  PRESENCE_STATUSES.map(
    (s) => [s, [...STATUS_WORDS[s], PRESENCE_STATUS_LABELS[s].da, PRESENCE_STATUS_LABELS[s].en]] as const,
  ),
);

const KIND_WORDS: Record<PresenceKind, readonly string[]> = {
  office: ['kontor'],
  'head-office': ['hovedkontor', 'head office', 'hq', 'hovedsæde', 'headquarters'],
  department: ['afdeling'],
  presence: ['tilstedeværelse'],
  effort: ['klyngeindsats', 'indsats'],
  partnership: ['samarbejde'],
};

export const parseKind = lookup(PRESENCE_KINDS.map((k) => [k, KIND_WORDS[k]] as const));

const PRECISION_WORDS: Record<Precision, readonly string[]> = {
  city: ['by', 'town', 'punkt', 'point'],
  area: ['område', 'region'],
};

export const parsePrecision = lookup(PRECISIONS.map((p) => [p, PRECISION_WORDS[p]] as const));
