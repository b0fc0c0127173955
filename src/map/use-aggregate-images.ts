import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { aggregateImage, parseAggregateImageId } from '@/lib/presence/aggregate-image';
import { PATTERN_PIXEL_RATIO } from '@/lib/presence/patterns';

/**
 * Draws an aggregate's ring when MapLibre first asks for it: its id, computed by the style from the
 * aggregate's counts, says what to draw (src/lib/presence/aggregate-image.ts). Through the map's
 * missing-image resolver, which MapLibre waits for (a `styleimagemissing` listener comes too late for
 * the tile that asked); kept for the rest of the visit, a few hundred at most. The listener is there
 * as well: once in a full browser-test run every ring of a 20 000-row register stayed undrawn after a
 * zoom (the resolver's answer lost somewhere in MapLibre), and an image added on that event makes
 * MapLibre lay out again the tiles that named it.
 */
export function useAggregateImages(map: MapRef | undefined) {
  useEffect(() => {
    if (!map) return;
    const raw = map.getMap();
    const draw = (id: string) => {
      const picture = parseAggregateImageId(id);
      if (picture && !raw.hasImage(id))
        raw.addImage(id, aggregateImage(picture), { pixelRatio: PATTERN_PIXEL_RATIO });
    };
    const onMissing = (e: { id: string }) => draw(e.id);
    raw.setMissingStyleImageResolver(draw);
    raw.on('styleimagemissing', onMissing);
    return () => {
      raw.setMissingStyleImageResolver(null);
      raw.off('styleimagemissing', onMissing);
    };
  }, [map]);
}
