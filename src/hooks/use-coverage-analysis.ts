import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analyseCoverage, type CoverageAnalysis, type CoverageOptions } from '@/lib/coverage/analyse';
import type { BaseMap } from '@/model/base-map';
import type { Dataset, Presence } from '@/model/schema';
import { geographyFromBaseMap, type Geography } from '@/lib/coverage/geography';
import { useAppStore } from '@/state/store';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { useAllPresences } from './use-visible-presences';

export interface CoverageView extends CoverageAnalysis {
  geography: Geography;
}

/** The coverage view's numbers from the data and the view's settings (src/lib/coverage does the work). */
export function coverageView(
  dataset: Dataset,
  baseMap: BaseMap,
  presences: readonly Presence[],
  options: CoverageOptions,
): CoverageView {
  const geography = geographyFromBaseMap(baseMap);
  return { geography, ...analyseCoverage({ clusters: dataset.clusters, presences }, geography, options) };
}

/**
 * The coverage view's numbers for the current level, status switch and cluster filters: one hook for
 * the map's choropleth and the panel, so both show the same counts.
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
  return useMemo(
    () =>
      enabled && dataset && baseMap
        ? coverageView(dataset, baseMap, presences, { level, includeAnnounced, selection: filters })
        : null,
    [enabled, dataset, presences, baseMap, level, includeAnnounced, filters],
  );
}
