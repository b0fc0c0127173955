import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analyseCoverage, type CoverageAnalysis } from '@/lib/coverage/analyse';
import { geographyFromBaseMap, type Geography } from '@/lib/coverage/geography';
import type { Population } from '@/lib/population/population';
import { useAppStore } from '@/state/store';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { usePopulation } from '@/data/population';
import { useAllPresences } from './use-visible-presences';

export interface CoverageView extends CoverageAnalysis {
  geography: Geography;
  population: Population;
}

/**
 * The coverage view's numbers for the current level, status switch and cluster filters: one hook for
 * the map's choropleth and the panel, so both show the same counts (src/lib/coverage does the work).
 * Imported presences (basis 'user') count unless the analyst switched them off.
 * Null until the dataset, the base map and the population file have loaded.
 */
export function useCoverageAnalysis(): CoverageView | null {
  const { data: dataset } = useDataset();
  const { data: baseMap } = useBaseMap();
  const { data: population } = usePopulation();
  const presences = useAllPresences();
  const [level, includeAnnounced, filters] = useAppStore(
    useShallow((s) => [s.coverageLevel, s.includeAnnounced, s.filters] as const),
  );
  return useMemo(() => {
    if (!dataset || !baseMap || !population) return null;
    const geography = geographyFromBaseMap(baseMap);
    return {
      geography,
      population,
      ...analyseCoverage({ clusters: dataset.clusters, presences }, geography, population, {
        level,
        includeAnnounced,
        selection: filters,
      }),
    };
  }, [dataset, presences, baseMap, population, level, includeAnnounced, filters]);
}
