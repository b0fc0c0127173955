import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { pointOffset } from '@/lib/camera/overlay-padding';
import { useAppStore } from '@/state/store';
import { DENMARK_BOUNDS } from './camera';
import { measureOverlayPadding } from './overlay-padding';
import { prefersReducedMotion } from './reduced-motion';

/**
 * Moves the camera when a panel asks; the only place camera moves are started from outside the map.
 * Every move keeps its target clear of what lies over the map (legend, controls, a phone's sheet),
 * measured when the move starts, and is instant when the user asks for reduced motion.
 */
export function useFocusRequests(map: MapRef | null) {
  const request = useAppStore((s) => s.focusRequest);
  useFitClearOfOverlays(map);
  useEffect(() => {
    if (!map || !request) return;
    const duration = prefersReducedMotion() ? 0 : 900;
    const padding = measureOverlayPadding(map.getMap());
    switch (request.kind) {
      case 'denmark':
        map.fitBounds(DENMARK_BOUNDS, { padding, duration });
        break;
      case 'bounds': {
        const [w, s, e, n] = request.bounds;
        map.fitBounds(
          [
            [w, s],
            [e, n],
          ],
          { padding, maxZoom: 10, duration },
        );
        break;
      }
      case 'point': {
        const canvas = map.getCanvas();
        map.flyTo({
          center: [request.longitude, request.latitude],
          zoom: Math.max(map.getZoom(), request.zoom ?? 8),
          offset: pointOffset(canvas.clientWidth, canvas.clientHeight, padding),
          duration,
          essential: false,
        });
        break;
      }
    }
  }, [map, request]);
}

/**
 * The first view fits Denmark before the legend and controls exist; once the map has loaded, fit it
 * again clear of them (Skagen is not under the legend), and again whenever the map changes size (a
 * side panel folded or unfolded, the window resized). Only while the link names no camera, and
 * instantly: it is where the map starts, not a move. Not recorded as the user's camera (no
 * originalEvent, no focus request), so the link stays without one.
 */
function useFitClearOfOverlays(map: MapRef | null) {
  useEffect(() => {
    if (!map) return;
    const m = map.getMap();
    const fit = () => {
      if (!useAppStore.getState().camera) {
        m.fitBounds(DENMARK_BOUNDS, { padding: measureOverlayPadding(m), duration: 0 });
      }
    };
    if (m.loaded()) fit();
    else m.once('load', fit);
    m.on('resize', fit);
    return () => {
      m.off('load', fit);
      m.off('resize', fit);
    };
  }, [map]);
}
