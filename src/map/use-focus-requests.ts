import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { useAppStore } from '@/state/store';
import { DENMARK_BOUNDS, FIT_PADDING } from './camera';
import { prefersReducedMotion } from './reduced-motion';

/** Moves the camera when a panel asks; the only place camera moves are started from outside the map. */
export function useFocusRequests(map: MapRef | null) {
  const request = useAppStore((s) => s.focusRequest);
  useEffect(() => {
    if (!map || !request) return;
    const animate = !prefersReducedMotion();
    const duration = animate ? 900 : 0;
    switch (request.kind) {
      case 'denmark':
        map.fitBounds(DENMARK_BOUNDS, { padding: FIT_PADDING, duration });
        break;
      case 'bounds': {
        const [w, s, e, n] = request.bounds;
        map.fitBounds(
          [
            [w, s],
            [e, n],
          ],
          { padding: FIT_PADDING, maxZoom: 10, duration },
        );
        break;
      }
      case 'point':
        map.flyTo({
          center: [request.longitude, request.latitude],
          zoom: Math.max(map.getZoom(), request.zoom ?? 8),
          duration,
          essential: false,
        });
        break;
    }
  }, [map, request]);
}
