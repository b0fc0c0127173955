import { useCallback } from 'react';
import { useBaseMap } from '@/data/base-map';
import type { Presence } from '@/model/schema';
import { presenceFocus } from '@/lib/presence/focus-target';
import { useAppStore } from '@/state/store';
import { isWide } from './viewport';

/**
 * Selects a presence (which opens its cluster's panel) and, when asked, moves the map to it. At
 * phone width the panel is a bottom sheet, so it is opened too: choosing a presence means wanting
 * to read about it.
 */
export function useSelectPresence(): (p: Presence, options?: { focus?: boolean }) => void {
  const { data: baseMap } = useBaseMap();
  const selectPresence = useAppStore((s) => s.selectPresence);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const openDrawer = useAppStore((s) => s.openDrawer);
  return useCallback(
    (p, options) => {
      selectPresence(p.id, p.clusterId);
      const target = options?.focus ? presenceFocus(p, baseMap) : null;
      if (target) requestFocus(target);
      if (!isWide()) openDrawer('details');
    },
    [baseMap, selectPresence, requestFocus, openDrawer],
  );
}
