import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analyseCoverage, type CoverageAnalysis } from '@/lib/coverage/analyse';
import { geographyFromBaseMap, type Geography } from '@/lib/coverage/geography';
import { useAppStore } from '@/state/store';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { useAllPresences } from './use-visible-presences';

export interface CoverageView extends CoverageAnalysis {
  geography: Geography;
}

/**
 * The coverage view's numbers for the current level, status switch and cluster filters: one hook for
 * the map's choropleth and the panel, so both show the same counts (src/lib/coverage does the work).
 * Imported presences (basis 'user') count unless the analyst switched them off.
 * Null until the dataset and the base map have loaded, and while `enabled` is false (a caller that
 * needs it only in the coverage view does not pay for it in the other).
 */
export function useCoverageAnalysis(enabled = true): CoverageView | null {
  const { data: dataset } = useDataset();
  const { data: baseMap } = useBaseMap();
  const presences = useAllPresences();
  const [level, includeAnnounced, filters] = useAppStore(
    useShallow((s) => [s.coverageLevel, s.includeAnnounced, s.filters] as const),
  );
  return useMemo(() => {
    if (!enabled || !dataset || !baseMap) return null;
    const geography = geographyFromBaseMap(baseMap);
    return {
      geography,
      ...analyseCoverage({ clusters: dataset.clusters, presences }, geography, {
        level,
        includeAnnounced,
        selection: filters,
      }),
    };
  }, [enabled, dataset, presences, baseMap, level, includeAnnounced, filters]);
}
