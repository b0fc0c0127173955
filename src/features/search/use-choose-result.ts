import { useCallback } from 'react';
import { openArea } from '@/components/open-area';
import { isWide } from '@/components/viewport';
import type { SearchEntry } from '@/lib/search/search-entries';
import { useAppStore } from '@/state/store';

/** At phone width the panels are bottom sheets; only there does choosing a result open or close one. */
const isPhone = () => !isWide();

/**
 * What choosing a result does: a cluster opens its panel (and fits its presences), a place with
 * one presence selects it, a place with several fits them, a region, erhvervshus area, municipality or
 * Funen opens its profile (which frames it), any other named area moves the map to its bounds.
 */
export function useChooseResult() {
  return useCallback((entry: SearchEntry) => {
    const s = useAppStore.getState();
    const { target } = entry;
    if (target.kind === 'cluster') {
      s.selectCluster(target.clusterId);
      if (target.bounds) s.requestFocus({ kind: 'bounds', bounds: target.bounds });
      if (isPhone()) s.openDrawer('details');
      return;
    }
    if (target.kind === 'presences') {
      const [only] = target.presences;
      if (only && target.presences.length === 1) {
        s.selectPresence(only.id, only.clusterId);
        if (isPhone()) s.openDrawer('details');
      } else if (isPhone()) s.closeDrawer();
      if (target.bounds) s.requestFocus({ kind: 'bounds', bounds: target.bounds });
      return;
    }
    if (target.kind === 'area') return openArea(target.area);
    s.requestFocus({ kind: 'bounds', bounds: target.bounds });
    if (isPhone()) s.closeDrawer();
  }, []);
}
