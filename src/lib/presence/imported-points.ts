import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Cluster, Presence } from '@/model/schema';
import type { PresencePointProps } from './point-features';

/**
 * What a marker needs of an imported presence; the style derives colour and code from the business
 * area (src/map/styles/imported-points.ts). Few properties on purpose: MapLibre copies every feature
 * to its worker, and for 20 000 points each property costs the page's thread milliseconds.
 */
export type ImportedPointProps = Pick<PresencePointProps, 'id' | 'status' | 'user' | 'businessAreaId'>;

/**
 * The analyst's imported town presences as points for the map's clustered source: never spread on
 * rings like the note's few markers (src/lib/presence/marker-layout.ts); where thousands would
 * overlap, MapLibre aggregates them (src/map/layers/imported-point-layers.tsx).
 */
export function importedPointData(
  presences: readonly Presence[],
  clusters: readonly Cluster[],
): FeatureCollection<Point, ImportedPointProps> {
  const areaOf = new Map(clusters.map((c) => [c.id, c.businessArea.id]));
  const features: Feature<Point, ImportedPointProps>[] = [];
  for (const p of presences) {
    const businessAreaId = areaOf.get(p.clusterId);
    if (!p.point || !businessAreaId) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.point },
      properties: { id: p.id, status: p.status, user: true, businessAreaId },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Imported presences placed at a town go to the aggregating source; all else is drawn as before. */
export const isImportedPoint = (p: Presence): boolean => p.basis.type === 'user' && p.point !== null;
