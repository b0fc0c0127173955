import { PRESENCE_STATUSES, type PresenceStatus } from '@/model/schema';

/**
 * The statuses a legend or a filter lists: all of them, except `closed` while nothing shown is closed
 * (only a source beyond the note closes a presence), so the note alone reads as it always did.
 */
export function shownStatuses(presences: readonly { status: PresenceStatus }[]): PresenceStatus[] {
  const anyClosed = presences.some((p) => p.status === 'closed');
  return PRESENCE_STATUSES.filter((s) => s !== 'closed' || anyClosed);
}
