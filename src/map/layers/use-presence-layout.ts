import { useMemo, useState } from 'react';
import type { BaseMap } from '@/model/base-map';
import type { Cluster, Presence } from '@/model/schema';
import { useDataset } from '@/data/dataset';
import { useAllPresences, useVisiblePresences } from '@/hooks/use-visible-presences';
import { areaChips, areaShapes } from '@/lib/presence/area-features';
import { isImportedPoint } from '@/lib/presence/imported-points';
import { MAX_SPREAD } from '@/lib/presence/marker-layout';
import { memoLast } from '@/lib/memo/memo-last';
import { presencePointData } from '@/lib/presence/point-features';
import { shownSubset } from '@/lib/presence/shown-subset';
import { shownFilter } from '../styles/presence-points';
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
    every: memoLast(presencePointData),
    chips: memoLast(areaChips),
    shapes: memoLast(areaShapes),
    clearances: memoLast(townClearances),
    label: memoLast(selectedLabel),
  }));
  // Every presence a filter could show (imports included as the filters see them).
  const everyPresence = useAllPresences();
  // The analyst's imported towns go to their own aggregating source (ImportedPointLayers), not to
  // the markers; the selected one is drawn with the markers too, so it shows however crowded.
  const imported = useMemo(() => presences.filter(isImportedPoint), [presences]);
  // Only an imported selection changes which presences the markers hold: selecting one of the note's
  // keeps the arrays, so thousands of points are not handed to MapLibre again.
  const importedSelected = useMemo(
    () => (imported.some((p) => p.id === selected) ? selected : null),
    [imported, selected],
  );
  const located = useMemo(
    () => presences.filter((p) => asMarker(p, importedSelected)),
    [presences, importedSelected],
  );
  const everyLocated = useMemo(
    () => everyPresence.filter((p) => asMarker(p, importedSelected)),
    [everyPresence, importedSelected],
  );
  const areaPresences = useMemo(() => presences.filter((p) => p.area), [presences]);
  // Up to MAX_SPREAD markers, towns with several spread into rings (or stacks) that depend on which
  // are shown, so the source holds just those. Thousands get no rings (marker-layout.ts): the source
  // holds every presence, unchanged by a filter and the zoom (no re-indexing of thousands of points in
  // MapLibre's worker), and the layers' filter `shown` lets through the ones the filters show.
  const crowded = located.length > MAX_SPREAD;
  const keep = located.some((p) => p.id === selected) ? selected : null;
  const points = crowded
    ? memo.every(everyLocated, clusters, 0, null, maxRing)
    : memo.points(located, clusters, zoom, keep, maxRing);
  const shown = useMemo(
    () => (crowded ? shownFilter(shownSubset(everyLocated, located)) : null),
    [crowded, everyLocated, located],
  );
  const chips = baseMap
    ? memo.chips(areaPresences, clusters, baseMap, zoom, crowded ? NO_OBSTACLES : points.obstacles)
    : null;
  return {
    presences,
    clusters,
    imported,
    points,
    shown,
    chips,
    shapes: baseMap ? memo.shapes(areaPresences, clusters, baseMap) : null,
    clearances:
      baseMap && !crowded ? memo.clearances(baseMap.labels.features, points.reach, zoom) : NO_CLEARANCES,
    selectedLabel: memo.label(points.points, chips, selected, zoom),
  };
}

/** A presence the note's marker layers draw: one at a town, not imported unless it is the selected one. */
const asMarker = (p: Presence, importedSelected: string | null) =>
  p.point !== null && (!isImportedPoint(p) || p.id === importedSelected);

const NO_OBSTACLES: [] = [];
const NO_CLEARANCES: [string, number][] = [];
