import { FiltersPanel } from '@/features/filters/filters-panel';
import { PresenceList } from '@/features/presence-list/presence-list';

/** The left-hand panel: filters on top, the presences they let through below. */
export function FiltersSlot() {
  return (
    <>
      <FiltersPanel />
      <PresenceList />
    </>
  );
}
