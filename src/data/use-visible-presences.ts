import { useDataset } from './dataset';
import type { Presence } from './schema';

/**
 * The presences the current filters let through: the single source for the map layers, the
 * presence list, the legend counts and the panels, so they always agree.
 * TODO(issue 5): apply the filters from the store (src/lib/filter).
 */
export function useVisiblePresences(): Presence[] {
  const { data } = useDataset();
  return data?.presences ?? EMPTY;
}

const EMPTY: Presence[] = [];
