import type { Map as MaplibreMap } from 'maplibre-gl';
import { overlayPadding, type Padding } from '@/lib/camera/overlay-padding';

/**
 * What lies over the map now: anything marked `data-map-overlay` (legend, view switch, notices, a
 * phone's bottom sheet) and MapLibre's own controls and attribution. Hidden ones measure 0 × 0 and
 * side panels beside the map do not overlap it, so both drop out.
 */
export function measureOverlayPadding(map: MaplibreMap, within: 'page' | 'map' = 'page'): Padding {
  const container = map.getContainer();
  // 'map': only what is drawn inside the map's own box, which is all that goes onto paper with it.
  const covers = [
    ...(within === 'page' ? document : container).querySelectorAll('[data-map-overlay]'),
    ...container.querySelectorAll('.maplibregl-ctrl'),
  ].map((el) => el.getBoundingClientRect());
  return overlayPadding(container.getBoundingClientRect(), covers);
}
