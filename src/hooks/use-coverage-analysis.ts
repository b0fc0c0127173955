import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analyseCoverage, type CoverageAnalysis, type CoverageOptions } from '@/lib/coverage/analyse';
import { geographyFromBaseMap, type Geography } from '@/lib/coverage/geography';
import type { Population } from '@/lib/population/population';
import type { BaseMap } from '@/model/base-map';
import type { Dataset, Presence } from '@/model/schema';
import type { Filters } from '@/model/filters';
import { memoLast } from '@/lib/memo/memo-last';
import { useAppStore } from '@/state/store';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { usePopulation } from '@/data/population';
import { useAllPresences } from './use-visible-presences';

export interface CoverageView extends CoverageAnalysis {
  geography: Geography;
  population: Population;
}

/** The coverage view's numbers from the data and the view's settings (src/lib/coverage does the work). */
export function coverageView(
  dataset: Dataset,
  baseMap: BaseMap,
  population: Population,
  presences: readonly Presence[],
  options: CoverageOptions,
): CoverageView {
  const geography = geographyFromBaseMap(baseMap);
  return {
    geography,
    population,
    ...analyseCoverage({ clusters: dataset.clusters, presences }, geography, population, options),
  };
}

/**
 * The coverage view's numbers, computed once per change however many components ask (the map's
 * choropleth, the panel, the description): with a register imported they count tens of thousands of
 * presences.
 */
const sharedCoverageView = memoLast(
  (
    dataset: Dataset,
    baseMap: BaseMap,
    population: Population,
    presences: readonly Presence[],
    level: CoverageOptions['level'],
    includeAnnounced: boolean,
    selection: Filters,
  ) => coverageView(dataset, baseMap, population, presences, { level, includeAnnounced, selection }),
);

/**
 * The coverage view's numbers for the current level, status switch and cluster filters: one hook for
 * the map's choropleth and the panel, so both show the same counts.
 * Imported presences (basis 'user') count unless the analyst switched them off.
 * Null until the dataset, the base map and the population file have loaded, and while `enabled` is
 * false (a caller that needs it only in the coverage view neither fetches nor counts in the other).
 */
export function useCoverageAnalysis(enabled = true): CoverageView | null {
  const { data: dataset } = useDataset();
  const { data: baseMap } = useBaseMap();
  const { data: population } = usePopulation(enabled);
  const presences = useAllPresences();
  const [level, includeAnnounced, filters] = useAppStore(
    useShallow((s) => [s.coverageLevel, s.includeAnnounced, s.filters] as const),
  );
  return useMemo(
    () =>
      enabled && dataset && baseMap && population
        ? sharedCoverageView(dataset, baseMap, population, presences, level, includeAnnounced, filters)
        : null,
    [enabled, dataset, presences, baseMap, population, level, includeAnnounced, filters],
  );
}
