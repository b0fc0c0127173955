import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewStateChangeEvent } from 'react-map-gl/maplibre';
import { useAppStore } from '@/state/store';
import { DENMARK_BOUNDS, FIT_PADDING } from './camera';

/**
 * Mirrors the settled camera into the store (and so into the link). Only moves someone asked for
 * count: a drag, wheel, key or button (they carry `originalEvent`), or a panel's focus request.
 * The first fit to Denmark does not, so an untouched view keeps a link without a camera that fits
 * any screen. Call before useFocusRequests: the count must be up before a zero-duration move ends.
 * Counted, not flagged: a request that interrupts another flight (an area's profile closed while
 * the map still flies to it) ends two moves, and the second, where the map comes to rest, counts too.
 */
export function useSettledCamera() {
  const setCamera = useAppStore((s) => s.setCamera);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const pendingFocus = useRef(0);
  // The link's camera when it has one (url-sync put it in the store before the map mounted).
  const [initialViewState] = useState(() => {
    const camera = useAppStore.getState().camera;
    return camera ?? { bounds: DENMARK_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } };
  });

  useEffect(() => {
    if (focusRequest) pendingFocus.current += 1;
  }, [focusRequest]);

  const onMoveEnd = useCallback(
    (e: ViewStateChangeEvent) => {
      if (!e.originalEvent) {
        if (pendingFocus.current === 0) return;
        pendingFocus.current -= 1;
      }
      const { longitude, latitude, zoom } = e.viewState;
      setCamera({ longitude, latitude, zoom });
    },
    [setCamera],
  );

  return { initialViewState, onMoveEnd };
}
