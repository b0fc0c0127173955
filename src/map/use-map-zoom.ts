import { useEffect, useState } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';

/**
 * The map's zoom in steps of `step`: enough for layouts measured in screen pixels (a 0.1 step
 * keeps them within 4 % of exact) without re-rendering on every animation frame.
 */
export function useMapZoom(map: MapRef | undefined, step = 0.1): number {
  const quantise = (z: number) => Math.round(z / step) * step;
  const [zoom, setZoom] = useState(() => quantise(map?.getZoom() ?? 6));
  useEffect(() => {
    if (!map) return;
    const update = () => setZoom(Math.round(map.getZoom() / step) * step);
    update();
    map.on('zoom', update);
    return () => {
      map.off('zoom', update);
    };
  }, [map, step]);
  return zoom;
}
