import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { BusinessAreaId, Cluster, Presence, PresenceStatus } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { spreadMarkers } from './marker-layout';
import { readableTextColor } from '../palette/readable-text';
import { MARKER_GAP, markerFootprint } from './marker-style';

/** Flat properties, so map expressions and the test hook can read them. */
export interface PresencePointProps {
  id: string;
  clusterId: string;
  status: PresenceStatus;
  inferred: boolean;
  /** Imported by the analyst (basis 'user'): drawn with a "+" badge. */
  user: boolean;
  businessAreaId: BusinessAreaId;
  code: string;
  color: string;
  /** The code's colour on a solid marker: white or black, whichever reads better. */
  textColor: string;
}

export interface PresencePointData {
  points: FeatureCollection<Point, PresencePointProps>;
  /** Leader lines from a moved marker back to its place, and a dot on the place itself. */
  legs: FeatureCollection<LineString | Point, { id: string }>;
}

/** What a marker shows of a presence: its business area's colour and code, its status and basis. */
export function presencePointProps(p: Presence, cluster: Cluster): PresencePointProps {
  const { code, color } = BUSINESS_AREA_STYLE[cluster.businessArea.id];
  return {
    id: p.id,
    clusterId: p.clusterId,
    status: p.status,
    inferred: p.basis.type === 'inferred',
    user: p.basis.type === 'user',
    businessAreaId: cluster.businessArea.id,
    code,
    color,
    textColor: readableTextColor(color),
  };
}

/**
 * City-level presences as points, spread apart for this zoom so each one stays visible and
 * clickable. Area-level presences are left out: they are drawn on their area, never as a pin.
 */
export function presencePointData(
  presences: Presence[],
  clusters: Cluster[],
  zoom: number,
): PresencePointData {
  const clusterIndex = new Map(clusters.map((c, i) => [c.id, i]));
  const located = presences.filter((p): p is Presence & { point: [number, number] } => p.point !== null);
  const byId = new Map(located.map((p) => [p.id, p]));
  const placements = spreadMarkers(
    located.map((p) => ({
      id: p.id,
      lon: p.point[0],
      lat: p.point[1],
      radius: markerFootprint(zoom, p.status, p.basis.type === 'inferred', p.basis.type === 'user'),
      order: clusterIndex.get(p.clusterId) ?? clusters.length,
    })),
    zoom,
    MARKER_GAP,
  );
  const points: Feature<Point, PresencePointProps>[] = [];
  const legs: Feature<LineString | Point, { id: string }>[] = [];
  const anchors = new Set<string>();
  for (const placed of placements) {
    const p = byId.get(placed.id);
    const cluster = clusters[clusterIndex.get(p?.clusterId ?? '') ?? -1];
    if (!p || !cluster) continue;
    points.push({
      type: 'Feature',
      id: points.length,
      geometry: { type: 'Point', coordinates: placed.position },
      properties: presencePointProps(p, cluster),
    });
    if (placed.groupSize === 1) continue;
    legs.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [placed.anchor, placed.position] },
      properties: { id: p.id },
    });
    const key = placed.anchor.join(',');
    if (!anchors.has(key)) {
      anchors.add(key);
      legs.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: placed.anchor },
        properties: { id: key },
      });
    }
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    legs: legs.length ? { type: 'FeatureCollection', features: legs } : NO_LEGS,
  };
}

/**
 * No legs (no shared towns, or thousands of markers and no rings): always this one collection, so
 * the legs' map source is handed the object it already has and has nothing to redo.
 */
const NO_LEGS: PresencePointData['legs'] = Object.freeze({ type: 'FeatureCollection', features: [] });
