import { useLayoutEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import {
  CHIP_HALO_ID,
  CLOSED_STRIKE_ID,
  FOOTPRINT_ID,
  INFERRED_RING_ID,
  PATTERN_PIXEL_RATIO,
  presenceImage,
  SOURCE_BADGE_ID,
  USER_BADGE_ID,
} from '@/lib/presence/patterns';

/** The images every first view may name, whatever is shown. */
const FIXED_IMAGES = [
  FOOTPRINT_ID,
  INFERRED_RING_ID,
  USER_BADGE_ID,
  SOURCE_BADGE_ID,
  CLOSED_STRIKE_ID,
  CHIP_HALO_ID,
];

/**
 * Draws the images the presence layers name (chips per business area and status, stacks per set
 * of colours, the inferred ring, the imported presence's badge, the other source's badge, the closed
 * marker's bar, the selected chip's halo) and adds them to the map before the layers that use them
 * ask: layout effects run in the same task as the render that passed the new data, and the worker
 * only asks in a later one.
 */
export function usePresenceImages(map: MapRef | undefined, ids: string[]) {
  const key = ids.join('|');
  useLayoutEffect(() => {
    if (!map) return;
    for (const id of [...FIXED_IMAGES, ...key.split('|')]) {
      if (!id || map.hasImage(id)) continue;
      const image = presenceImage(id);
      if (image) map.addImage(id, image, { pixelRatio: PATTERN_PIXEL_RATIO });
    }
  }, [map, key]);
}
