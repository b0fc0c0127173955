import { useMemo, useState } from 'react';
import type { BaseMap } from '@/model/base-map';
import type { Cluster } from '@/model/schema';
import { useDataset } from '@/data/dataset';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { areaChips, areaShapes } from '@/lib/presence/area-features';
import { MAX_SPREAD } from '@/lib/presence/marker-layout';
import { memoLast } from '@/lib/memo/memo-last';
import { presencePointData } from '@/lib/presence/point-features';
import { selectedLabel } from '@/lib/presence/selected-label';
import { townClearances } from '@/lib/presence/town-labels';
import { useAppStore } from '@/state/store';

export type PresenceLayout = ReturnType<typeof usePresenceLayout>;

const NO_CLUSTERS: Cluster[] = [];

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
    clearances: memoLast(townClearances),
    label: memoLast(selectedLabel),
  }));
  const located = useMemo(() => presences.filter((p) => p.point), [presences]);
  const areaPresences = useMemo(() => presences.filter((p) => p.area), [presences]);
  // Thousands of markers get no rings (marker-layout.ts), so nothing about them changes with the zoom.
  const crowded = located.length > MAX_SPREAD;
  const keep = located.some((p) => p.id === selected) ? selected : null;
  const points = memo.points(located, clusters, crowded ? 0 : zoom, keep, maxRing);
  const chips = baseMap
    ? memo.chips(areaPresences, clusters, baseMap, zoom, crowded ? NO_OBSTACLES : points.obstacles)
    : null;
  return {
    presences,
    points,
    chips,
    shapes: baseMap ? memo.shapes(areaPresences, clusters, baseMap) : null,
    clearances:
      baseMap && !crowded ? memo.clearances(baseMap.labels.features, points.reach, zoom) : NO_CLEARANCES,
    selectedLabel: memo.label(points.points, chips, selected, zoom),
  };
}

const NO_OBSTACLES: [] = [];
const NO_CLEARANCES: [string, number][] = [];
