import { useCallback } from 'react';
import { useAppStore } from '@/state/store';
import type { Bounds } from '@/model/camera';

/**
 * Moves the map to an area. On a phone the panel is a bottom sheet over the map, so it closes to show
 * the move; on a wide screen no drawer is open and closing is a no-op.
 */
export function useShowArea(): (bounds: Bounds) => void {
  const requestFocus = useAppStore((s) => s.requestFocus);
  const closeDrawer = useAppStore((s) => s.closeDrawer);
  return useCallback(
    (bounds) => {
      requestFocus({ kind: 'bounds', bounds });
      closeDrawer();
    },
    [requestFocus, closeDrawer],
  );
}
