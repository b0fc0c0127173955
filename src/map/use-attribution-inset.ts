import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';

/**
 * Publishes the height of the map's bottom-right corner (attribution and scale) as the CSS variable
 * `--map-bottom-inset`, so the overlays in the bottom-left sit above the attribution instead of
 * over it: it wraps to two or three lines on narrow maps and must stay readable (CC BY).
 */
export function useAttributionInset(map: MapRef | null) {
  useEffect(() => {
    const corner = map?.getContainer().querySelector('.maplibregl-ctrl-bottom-right');
    if (!corner) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--map-bottom-inset', `${Math.ceil(corner.getBoundingClientRect().height)}px`);
    });
    observer.observe(corner);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--map-bottom-inset');
    };
  }, [map]);
}
