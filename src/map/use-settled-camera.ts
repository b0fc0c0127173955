import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewStateChangeEvent } from 'react-map-gl/maplibre';
import { useAppStore } from '@/state/store';
import { DENMARK_BOUNDS, FIT_PADDING } from './camera';

/**
 * Mirrors the settled camera into the store (and so into the link). Only moves someone asked for
 * count: a drag, wheel, key or button (they carry `originalEvent`), or a panel's focus request.
 * The first fit to Denmark does not, so an untouched view keeps a link without a camera that fits
 * any screen. Call before useFocusRequests: the flag must be up before a zero-duration move ends.
 */
export function useSettledCamera() {
  const setCamera = useAppStore((s) => s.setCamera);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const followFocus = useRef(false);
  // The link's camera when it has one (url-sync put it in the store before the map mounted).
  const [initialViewState] = useState(() => {
    const camera = useAppStore.getState().camera;
    return camera ?? { bounds: DENMARK_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } };
  });

  useEffect(() => {
    if (focusRequest) followFocus.current = true;
  }, [focusRequest]);

  const onMoveEnd = useCallback(
    (e: ViewStateChangeEvent) => {
      if (!e.originalEvent && !followFocus.current) return;
      followFocus.current = false;
      const { longitude, latitude, zoom } = e.viewState;
      setCamera({ longitude, latitude, zoom });
    },
    [setCamera],
  );

  return { initialViewState, onMoveEnd };
}
