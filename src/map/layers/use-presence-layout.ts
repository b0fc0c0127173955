import { useMemo, useState } from 'react';
import type { BaseMap } from '@/model/base-map';
import type { Cluster, Presence } from '@/model/schema';
import { useDataset } from '@/data/dataset';
import { useAllPresences, useVisiblePresences } from '@/hooks/use-visible-presences';
import { splitTownPresences } from '@/lib/presence/aggregated-points';
import { areaChips, areaKeysOf, areaShapes } from '@/lib/presence/area-features';
import { memoLast, memoPerInput } from '@/lib/memo/memo-last';
import { presencePointData } from '@/lib/presence/point-features';
import { presenceMarks } from '@/lib/presence/mark-features';
import { selectedLabel } from '@/lib/presence/selected-label';
import { townClearances } from '@/lib/presence/town-labels';
import { useAppStore } from '@/state/store';

export type PresenceLayout = ReturnType<typeof usePresenceLayout>;

const NO_CLUSTERS: Cluster[] = [];
// Kept per set of presences: clearing a filter splits the unfiltered thousands only once.
const townsOf = memoPerInput((presences: Presence[]) => splitTownPresences(presences, null));

/**
 * What the presence layers draw at this zoom, and how far the town names must keep off it. Each
 * part is built from just what it shows and kept while that stays the same (memoLast): a filter
 * that changes only the areas hands the markers' sources the objects they already have.
 */
export function usePresenceLayout(baseMap: BaseMap | undefined, zoom: number, maxRing: number) {
  const presences = useVisiblePresences();
  const clusters = useDataset().data?.clusters ?? NO_CLUSTERS;
  const selected = useAppStore((s) => s.selectedPresenceId);
  const [memo] = useState(() => ({
    points: memoLast(presencePointData),
    chips: memoLast(areaChips),
    shapes: memoLast(areaShapes),
    shown: memoLast(areaKeysOf),
    clearances: memoLast(townClearances),
    label: memoLast(selectedLabel),
    marks: memoLast(presenceMarks),
  }));
  // Town presences drawn on the aggregating source (the analyst's imports, or every one when there
  // are thousands) are handed to MapLibre again only when an aggregated one is selected and must
  // come out as a marker: selecting a marker keeps the arrays, so thousands of points are not re-indexed.
  const unselected = useMemo(() => townsOf(presences), [presences]);
  const apart = unselected.aggregated.some((p) => p.id === selected) ? selected : null;
  const towns = useMemo(
    () => (apart ? splitTownPresences(presences, apart) : unselected),
    [presences, apart, unselected],
  );
  // As if no filter were on: the aggregating source shown while none is (aggregated-point-layers.tsx).
  const everything = useAllPresences();
  const allAggregated = useMemo(() => townsOf(everything).aggregated, [everything]);
  const located = towns.markers;
  const areaPresences = useMemo(() => presences.filter((p) => p.area), [presences]);
  const keep = located.some((p) => p.id === selected) ? selected : null;
  const points = memo.points(located, clusters, zoom, keep, maxRing);
  const chips = baseMap ? memo.chips(areaPresences, clusters, baseMap, zoom, points.obstacles) : null;
  const label = memo.label(points.points, chips, selected, zoom);
  return {
    presences,
    clusters,
    aggregated: towns.aggregated,
    allAggregated,
    points,
    chips,
    // As if no filter were on; the areas the filters empty are hidden (area-presence-layers.tsx).
    shapes: baseMap ? memo.shapes(everything, clusters, baseMap) : null,
    shownAreas: baseMap ? memo.shown(areaPresences, clusters, baseMap) : NO_AREAS,
    clearances: baseMap ? memo.clearances(baseMap.labels.features, points.reach, zoom) : NO_CLEARANCES,
    marks: chips ? memo.marks(points, chips, label) : null,
  };
}

const NO_CLEARANCES: [string, number][] = [];
const NO_AREAS: string[] = [];
