import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import {
  AREA_LEVEL_PATTERN,
  areaLevelPattern,
  PATTERN_PIXEL_RATIO,
  WHITE_SPOT_PATTERN,
  whiteSpotPattern,
  type RasterImage,
} from '@/lib/coverage/patterns';

const PATTERNS: Record<string, () => RasterImage> = {
  [WHITE_SPOT_PATTERN]: whiteSpotPattern,
  [AREA_LEVEL_PATTERN]: areaLevelPattern,
};

/**
 * Registers the coverage fill patterns with the map. Layers are added while React renders, before
 * effects run, so a tile may ask for a pattern first: `styleimagemissing` answers that request.
 */
export function useCoveragePatterns(mapRef: MapRef | undefined) {
  useEffect(() => {
    const map = mapRef?.getMap();
    if (!map) return;
    const add = (id: string) => {
      const make = PATTERNS[id];
      if (make && !map.hasImage(id)) map.addImage(id, make(), { pixelRatio: PATTERN_PIXEL_RATIO });
    };
    const onMissing = (e: { id: string }) => add(e.id);
    map.on('styleimagemissing', onMissing);
    Object.keys(PATTERNS).forEach(add);
    return () => {
      map.off('styleimagemissing', onMissing);
    };
  }, [mapRef]);
}
