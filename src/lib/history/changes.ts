/**
 * What changed between two dates with every source: offices that opened, were planned, moved or closed,
 * each with the statements behind it, and for the map which presences are new, gone or unchanged.
 * Built on presencesAsOf, so the list and the map say what the two dates show, nothing else.
 */
import type { Dataset, History, Presence, PresenceKind, PresenceStatus } from '@/model/schema';
import type { AsOf } from '@/model/fact-date';
import { presencesAsOf } from './presences-as-of';

export const CHANGE_KINDS = ['opened', 'planned', 'moved', 'closed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** How a presence on the map compares with the earlier date. */
export type PresenceDiff = 'new' | 'gone' | 'same';

export interface PresenceChange {
  kind: Exclude<ChangeKind, 'moved'>;
  presence: Presence;
  /** The presence at the earlier date; null when it was not there yet. */
  before: { status: PresenceStatus; kind: PresenceKind } | null;
}

export interface HeadOfficeMove {
  kind: 'moved';
  clusterId: string;
  /** The head offices the sources name at each date. */
  from: Presence[];
  to: Presence[];
}

export interface Changes {
  since: string;
  asOf: AsOf;
  changes: PresenceChange[];
  moves: HeadOfficeMove[];
  /** Presence id → new / gone / same, for every presence shown at `asOf`. */
  diff: Map<string, PresenceDiff>;
}

const PLANS = new Set<PresenceStatus>(['opening', 'in-progress', 'planned', 'considering']);

function changeKind(before: Presence | undefined, after: Presence): PresenceChange['kind'] | null {
  if (after.status === 'closed') return before?.status === 'closed' ? null : 'closed';
  if (!before) return after.status === 'established' ? 'opened' : 'planned';
  if (before.status === after.status && before.kind === after.kind) return null;
  if (after.status === 'established' && before.status !== 'established') return 'opened';
  if (PLANS.has(after.status) && !PLANS.has(before.status)) return 'planned';
  return 'changed';
}

const headOffices = (presences: Presence[], clusterId: string) =>
  presences.filter((p) => p.clusterId === clusterId && p.kind === 'head-office' && p.status !== 'closed');

/** From `since` to `asOf` (a later date, or "latest"). */
export function changesBetween(dataset: Dataset, history: History, since: string, asOf: AsOf): Changes {
  const before = presencesAsOf(dataset, history, { sources: 'all', asOf: since });
  const after = presencesAsOf(dataset, history, { sources: 'all', asOf });
  const earlier = new Map(before.map((p) => [p.id, p]));
  const changes: PresenceChange[] = [];
  const diff = new Map<string, PresenceDiff>();
  for (const p of after) {
    const was = earlier.get(p.id);
    // Closed since the earlier date is gone, even if it came and went in between.
    const closed = p.status === 'closed' && was?.status !== 'closed';
    diff.set(p.id, closed ? 'gone' : !was ? 'new' : 'same');
    const kind = changeKind(was, p);
    if (kind)
      changes.push({ kind, presence: p, before: was ? { status: was.status, kind: was.kind } : null });
  }
  const moves: HeadOfficeMove[] = [];
  for (const clusterId of new Set(dataset.clusters.map((c) => c.id))) {
    const [from, to] = [headOffices(before, clusterId), headOffices(after, clusterId)];
    const places = (list: Presence[]) =>
      list
        .map((p) => p.id)
        .sort()
        .join('|');
    if (from.length && to.length && places(from) !== places(to))
      moves.push({ kind: 'moved', clusterId, from, to });
  }
  return { since, asOf, changes, moves, diff };
}
