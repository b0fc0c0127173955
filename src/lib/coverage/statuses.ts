import { PRESENCE_STATUSES, type PresenceStatus } from '@/model/schema';

/** Every status the note uses for a presence that does not exist yet: the announced future. */
export const ANNOUNCED_STATUSES = PRESENCE_STATUSES.filter(
  (s): s is Exclude<PresenceStatus, 'established'> => s !== 'established',
);

/** What counts as present: established only, or (the one switch) everything announced too. */
export function countedStatuses(includeAnnounced: boolean): readonly PresenceStatus[] {
  return includeAnnounced ? PRESENCE_STATUSES : ['established'];
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
  if (status === null) return 'none';
  return status === 'established' ? 'established' : 'announced';
}

/** Higher is stronger: established 5 … considering 1, none 0. For sorting. */
export function statusStrength(status: PresenceStatus | null): number {
  return status === null ? 0 : PRESENCE_STATUSES.length - PRESENCE_STATUSES.indexOf(status);
}

/** Parses "established,opening" (the CLI's --statuses); throws on an unknown status. */
export function parseStatuses(list: string): PresenceStatus[] {
  const values = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!values.length) throw new Error('no statuses given');
  for (const v of values) {
    if (!(PRESENCE_STATUSES as readonly string[]).includes(v)) {
      throw new Error(`unknown status "${v}" (one of ${PRESENCE_STATUSES.join(', ')})`);
    }
  }
  return PRESENCE_STATUSES.filter((s) => values.includes(s));
}
