import { useEffect, useState } from 'react';
import type { MapLayerMouseEvent, MapRef } from 'react-map-gl/maplibre';

export interface CoverageHover {
  code: string;
  /** Pointer position in the map container, for the tooltip. */
  x: number;
  y: number;
}

/**
 * Which coverage area the pointer is over; null when it is over none. Mouse only: the panel lists
 * everything. The pointer shows a hand there, as a click opens the area's profile.
 */
export function useCoverageHover(mapRef: MapRef | undefined, layerIds: string[]): CoverageHover | null {
  const [hover, setHover] = useState<CoverageHover | null>(null);
  const key = layerIds.join(',');
  useEffect(() => {
    const map = mapRef?.getMap();
    if (!map) return;
    const ids = key.split(',');
    const onMove = (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      map.getCanvas().style.cursor = typeof code === 'string' ? 'pointer' : '';
      setHover(typeof code === 'string' ? { code, x: e.point.x, y: e.point.y } : null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      setHover(null);
    };
    const move = map.on('mousemove', ids, onMove);
    const leave = map.on('mouseleave', ids, onLeave);
    return () => {
      move.unsubscribe();
      leave.unsubscribe();
      setHover(null);
    };
  }, [mapRef, key]);
  return hover;
}
