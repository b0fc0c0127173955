import { useLayoutEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import {
  CLOSED_STRIKE_ID,
  dottedRing,
  hatchPattern,
  INFERRED_RING_ID,
  parseHatchImageId,
  PATTERN_PIXEL_RATIO,
  plusBadge,
  SOURCE_BADGE_ID,
  sourceBadge,
  strikeThrough,
  USER_BADGE_ID,
  type RasterImage,
} from '@/lib/presence/patterns';
import { SOURCE_BADGE_RADIUS, USER_BADGE_RADIUS } from '@/lib/presence/marker-style';
import { CLOSED_STRIKE_RADIUS, INFERRED_RING_RADIUS } from './styles/presence-points';

function draw(id: string): RasterImage | null {
  if (id === INFERRED_RING_ID) return dottedRing(INFERRED_RING_RADIUS);
  if (id === USER_BADGE_ID) return plusBadge(USER_BADGE_RADIUS);
  if (id === SOURCE_BADGE_ID) return sourceBadge(SOURCE_BADGE_RADIUS);
  if (id === CLOSED_STRIKE_ID) return strikeThrough(CLOSED_STRIKE_RADIUS);
  const hatch = parseHatchImageId(id);
  return hatch ? hatchPattern(hatch.area, hatch.slot, hatch.slots) : null;
}

/**
 * Draws the images the presence layers name (hatches per business area and slot, the inferred ring,
 * the imported presence's badge) and adds them to the map before the layers that use them ask: layout
 * effects run in the same task as the render that passed the new data, and the worker only asks in a
 * later one.
 */
export function usePresenceImages(map: MapRef | undefined, ids: string[]) {
  const key = ids.join('|');
  useLayoutEffect(() => {
    if (!map) return;
    for (const id of [
      INFERRED_RING_ID,
      USER_BADGE_ID,
      SOURCE_BADGE_ID,
      CLOSED_STRIKE_ID,
      ...key.split('|'),
    ]) {
      if (!id || map.hasImage(id)) continue;
      const image = draw(id);
      if (image) map.addImage(id, image, { pixelRatio: PATTERN_PIXEL_RATIO });
    }
  }, [map, key]);
}
