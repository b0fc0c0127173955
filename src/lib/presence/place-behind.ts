import type { Presence } from '@/model/schema';

/**
 * The municipality or area behind a place, when that says more than the place: "Roskilde" for RUC,
 * nothing for Odense. The list, the tooltip and the description name a presence the same way.
 */
export function placeBehind(presence: Pick<Presence, 'place' | 'area' | 'municipality'>): string | null {
  const behind = presence.area?.name ?? presence.municipality?.name ?? null;
  return behind && !behind.toLowerCase().includes(presence.place.toLowerCase()) ? behind : null;
}
