import { useAppStore } from '@/state/store';

/** Escape on the map closes what is open over it: an area's profile first, else the selection. */
export function escapeOnMap(): void {
  const s = useAppStore.getState();
  if (s.selectedArea) s.clearArea();
  else s.clearSelection();
}
