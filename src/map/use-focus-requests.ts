import { useEffect, useRef } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { BaseMap } from '@/model/base-map';
import { areaBounds } from '@/lib/area/area-feature';
import { pointOffset } from '@/lib/camera/overlay-padding';
import { useAppStore } from '@/state/store';
import { DENMARK_BOUNDS } from './camera';
import { measureOverlayPadding } from './overlay-padding';
import { prefersReducedMotion } from './reduced-motion';

/**
 * Moves the camera when a panel asks; the only place camera moves are started from outside the map.
 * Every move keeps its target clear of what lies over the map (legend, controls, a phone's sheet),
 * measured when the move starts, and is instant when the user asks for reduced motion. An area is
 * framed once the base map that outlines it has loaded (a link can ask before it has).
 */
export function useFocusRequests(map: MapRef | null, baseMap: BaseMap | undefined) {
  const request = useAppStore((s) => s.focusRequest);
  const done = useRef(0);
  useFitClearOfOverlays(map);
  useEffect(() => {
    if (!map || !request || request.nonce === done.current) return;
    if (request.kind === 'area' && !baseMap) return;
    done.current = request.nonce;
    const duration = prefersReducedMotion() ? 0 : 900;
    const padding = measureOverlayPadding(map.getMap());
    const fit = ([w, s, e, n]: readonly number[]) =>
      map.fitBounds(
        [
          [w as number, s as number],
          [e as number, n as number],
        ],
        { padding, maxZoom: 10, duration },
      );
    switch (request.kind) {
      case 'denmark':
        map.fitBounds(DENMARK_BOUNDS, { padding, duration });
        break;
      case 'bounds':
        fit(request.bounds);
        break;
      case 'area': {
        const bounds = baseMap && areaBounds(baseMap, request.area);
        if (bounds) fit(bounds);
        break;
      }
      case 'view':
        map.flyTo({
          center: [request.longitude, request.latitude],
          zoom: request.zoom,
          duration,
          essential: false,
        });
        break;
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
  }, [map, request, baseMap]);
}

/**
 * The first view fits Denmark before the legend and controls exist; once the map has loaded, fit it
 * again clear of them (Skagen is not under the legend), and again whenever the map changes size (a
 * side panel folded or unfolded, the window resized) or what lies over it changes (the legend's
 * lazily loaded rows arriving, a notice): otherwise where the first view ends up depends on which
 * overlay happened to be there first. Only while the link names no camera, and instantly: it is where
 * the map starts, not a move. Not recorded as the user's camera (no originalEvent, no focus request),
 * so the link stays without one. Until someone moves it, the map keeps fitting Denmark when its box
 * changes size (an embed's title line arriving, an iframe at 100 % width, a turned phone) rather than
 * keeping a zoom chosen for the old size.
 */
function useFitClearOfOverlays(map: MapRef | null) {
  useEffect(() => {
    if (!map) return;
    const m = map.getMap();
    let fitted = '';
    // m.loaded() is false again whenever a source is loading: remember the load itself.
    let loaded = m.loaded();
    const fit = () => {
      loaded = true;
      // A link that opens an area has asked for it to be framed instead.
      const { camera, focusRequest } = useAppStore.getState();
      if (camera || focusRequest) return;
      const padding = measureOverlayPadding(m);
      fitted = `${m.getContainer().clientWidth}x${m.getContainer().clientHeight} ${JSON.stringify(padding)}`;
      m.fitBounds(DENMARK_BOUNDS, { padding, duration: 0 });
    };
    // The page's elements change often (lists, tooltips): measure at most once a frame, and move
    // only when the room left for Denmark has changed.
    let frame = 0;
    const fitIfChanged = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { camera, focusRequest } = useAppStore.getState();
        if (camera || focusRequest || !loaded) return;
        const box = `${m.getContainer().clientWidth}x${m.getContainer().clientHeight}`;
        if (`${box} ${JSON.stringify(measureOverlayPadding(m))}` !== fitted) fit();
      });
    };
    const overlays = new MutationObserver(fitIfChanged);
    overlays.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'hidden'],
    });
    if (loaded) fit();
    else m.once('load', fit);
    m.on('resize', fit);
    return () => {
      cancelAnimationFrame(frame);
      overlays.disconnect();
      m.off('load', fit);
      m.off('resize', fit);
    };
  }, [map]);
}
