import {
  COUNTABLE_STATUSES,
  PRESENCE_STATUSES,
  type CountableStatus,
  type PresenceStatus,
} from '@/model/schema';

/** Every status the note uses for a presence that does not exist yet: the announced future. */
export const ANNOUNCED_STATUSES = COUNTABLE_STATUSES.filter(
  (s): s is Exclude<CountableStatus, 'established'> => s !== 'established',
);

/** What counts as present: established only, or (the one switch) everything announced too. Never closed. */
export function countedStatuses(includeAnnounced: boolean): readonly CountableStatus[] {
  return includeAnnounced ? COUNTABLE_STATUSES : ['established'];
}

/** PRESENCE_STATUSES runs from most to least certain, so a lower index is stronger. */
export function strongestStatus(statuses: Iterable<PresenceStatus>): PresenceStatus | null {
  let best: PresenceStatus | null = null;
  for (const s of statuses) {
    if (best === null || PRESENCE_STATUSES.indexOf(s) < PRESENCE_STATUSES.indexOf(best)) best = s;
  }
  return best;
}

/** The matrix's three-way reading of a cell. */
export type StatusCategory = 'established' | 'announced' | 'none';

export function statusCategory(status: PresenceStatus | null): StatusCategory {
  if (status === null || status === 'closed') return 'none';
  return status === 'established' ? 'established' : 'announced';
}

/** Higher is stronger: established 6 … considering 2, closed 1, none 0. For sorting. */
export function statusStrength(status: PresenceStatus | null): number {
  return status === null ? 0 : PRESENCE_STATUSES.length - PRESENCE_STATUSES.indexOf(status);
}

/** Parses "established,opening" (the CLI's --statuses); throws on an unknown status and on "closed". */
export function parseStatuses(list: string): CountableStatus[] {
  const values = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!values.length) throw new Error('no statuses given');
  for (const v of values) {
    if (v === 'closed')
      throw new Error(`"closed" never counts as present (one of ${COUNTABLE_STATUSES.join(', ')})`);
    if (!(COUNTABLE_STATUSES as readonly string[]).includes(v)) {
      throw new Error(`unknown status "${v}" (one of ${COUNTABLE_STATUSES.join(', ')})`);
    }
  }
  return COUNTABLE_STATUSES.filter((s) => values.includes(s));
}
