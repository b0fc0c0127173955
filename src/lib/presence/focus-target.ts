import type { BaseMap } from '@/model/base-map';
import type { Presence } from '@/model/schema';
import { areaGeometry, bbox } from './area-geometry';

export type PresenceFocus =
  | { kind: 'point'; longitude: number; latitude: number; zoom: number }
  | { kind: 'bounds'; bounds: [west: number, south: number, east: number, north: number] };

/** Close enough to read the town's name and tell the markers of a shared town apart. */
export const PRESENCE_FOCUS_ZOOM = 9;

/** Where the map should go to show a presence: its town, or the whole of its area. */
export function presenceFocus(presence: Presence, baseMap: BaseMap | undefined): PresenceFocus | null {
  if (presence.point) {
    const [longitude, latitude] = presence.point;
    return { kind: 'point', longitude, latitude, zoom: PRESENCE_FOCUS_ZOOM };
  }
  const geometry = presence.area && baseMap ? areaGeometry(baseMap, presence.area) : null;
  return geometry ? { kind: 'bounds', bounds: bbox(geometry) } : null;
}
