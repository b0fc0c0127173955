import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Cluster, Presence } from '@/model/schema';
import { MAX_SPREAD } from './marker-layout';
import type { PresencePointProps } from './point-features';

/**
 * What an aggregated point needs; the style derives colour and code from the business area
 * (src/map/styles/imported-points.ts). Few properties on purpose: MapLibre copies every feature to
 * its worker, and for 20 000 points each property costs the page's thread milliseconds.
 */
export type AggregatedPointProps = Pick<PresencePointProps, 'id' | 'status' | 'user' | 'businessAreaId'>;

/**
 * Town presences as points for the map's aggregating (clustered) source: never spread on rings like
 * the few markers (src/lib/presence/marker-layout.ts); where they would overlap, MapLibre aggregates
 * them (src/map/layers/aggregated-point-layers.tsx). Only the analyst's own get the "+" badge.
 */
export function aggregatedPointData(
  presences: readonly Presence[],
  clusters: readonly Cluster[],
): FeatureCollection<Point, AggregatedPointProps> {
  const areaOf = new Map(clusters.map((c) => [c.id, c.businessArea.id]));
  const features: Feature<Point, AggregatedPointProps>[] = [];
  for (const p of presences) {
    const businessAreaId = areaOf.get(p.clusterId);
    if (!p.point || !businessAreaId) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.point },
      properties: { id: p.id, status: p.status, user: p.basis.type === 'user', businessAreaId },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** An imported presence placed at a town: always aggregated, so a register of thousands stays legible. */
export const isImportedPoint = (p: Presence): boolean => p.basis.type === 'user' && p.point !== null;

/**
 * What the aggregating source holds: nothing, the analyst's imported towns, or every town presence
 * once more than MAX_SPREAD would be markers (a ring no longer helps, and thousands of overlapping
 * markers hide each other and make every frame and filter change slow to draw).
 */
export type Aggregation = 'none' | 'imported' | 'all';

export function aggregation(presences: readonly Presence[]): Aggregation {
  let towns = 0;
  let imported = 0;
  for (const p of presences) {
    if (!p.point) continue;
    if (isImportedPoint(p)) imported++;
    else towns++;
  }
  return towns > MAX_SPREAD ? 'all' : imported ? 'imported' : 'none';
}

export interface TownPresences {
  /** Drawn as markers, spread on rings where they share a place. */
  markers: Presence[];
  /** Drawn on the aggregating source. */
  aggregated: Presence[];
}

/**
 * Which town presences are markers and which are aggregated (see `aggregation`). The selected
 * presence is always a marker, so it shows however crowded the map is. Area-level presences are neither.
 */
export function splitTownPresences(presences: readonly Presence[], selected: string | null): TownPresences {
  const all = aggregation(presences) === 'all';
  const split: TownPresences = { markers: [], aggregated: [] };
  for (const p of presences) {
    if (!p.point) continue;
    const aggregated = p.id !== selected && (all || isImportedPoint(p));
    (aggregated ? split.aggregated : split.markers).push(p);
  }
  return split;
}
