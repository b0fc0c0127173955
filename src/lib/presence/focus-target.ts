import type { BaseMap } from '@/model/base-map';
import type { Presence } from '@/model/schema';
import type { FocusTarget } from '@/model/camera';
import { geometryBounds } from '@/lib/geo/bounds';
import { areaGeometry } from './area-geometry';

/** Close enough to read the town's name and tell the markers of a shared town apart. */
export const PRESENCE_FOCUS_ZOOM = 9;

/** Where the map should go to show a presence: its town, or the whole of its area. */
export function presenceFocus(presence: Presence, baseMap: BaseMap | undefined): FocusTarget | null {
  if (presence.point) {
    const [longitude, latitude] = presence.point;
    return { kind: 'point', longitude, latitude, zoom: PRESENCE_FOCUS_ZOOM };
  }
  const geometry = presence.area && baseMap ? areaGeometry(baseMap, presence.area) : null;
  const bounds = geometry && geometryBounds([geometry]);
  return bounds ? { kind: 'bounds', bounds } : null;
}
