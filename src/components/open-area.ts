import { type AreaRef } from '@/model/area';
import { useAppStore } from '@/state/store';
import { rememberOpener } from './overlay-opener';
import { isWide } from './viewport';

/**
 * Opens an area's profile from anywhere (the map, search, a card or table row, another profile): the
 * store frames the area on the map, and at phone width the details sheet opens to show the profile.
 * The first profile remembers what opened it: closing the profiles returns focus there.
 */
export function openArea(area: AreaRef): void {
  const s = useAppStore.getState();
  if (!s.selectedArea) rememberOpener('area');
  s.selectArea(area);
  if (!isWide()) s.openDrawer('details');
}
