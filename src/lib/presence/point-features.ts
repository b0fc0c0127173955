import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { BusinessAreaId, Cluster, Presence, PresenceStatus } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { layoutMarkers, type MarkerPlacement, type StackPlacement } from './marker-layout';
import { project } from './mercator';
import { readableTextColor } from '../palette/readable-text';
import { MARKER_GAP, markerColor, markerFootprint, stackRadius } from './marker-style';
import { stackImageId } from './patterns';
import type { Obstacle } from './area-features';
import { fromOtherSource } from '../history/provenance';

/** Flat properties, so map expressions and the test hook can read them. */
export interface PresencePointProps {
  id: string;
  clusterId: string;
  status: PresenceStatus;
  inferred: boolean;
  /** Imported by the analyst (basis 'user'): drawn with a "+" badge. */
  user: boolean;
  /** The statement shown comes from a source other than the note (every source): the ringed-dot badge. */
  otherSource: boolean;
  businessAreaId: BusinessAreaId;
  code: string;
  color: string;
  /** The code's colour on a solid marker: white or black, whichever reads better. */
  textColor: string;
  /** The cluster's short name, for the selected marker's label. */
  name: string;
}

/** A town, or towns crowding each other, drawn as one stack: how many presences, which, and their colours. */
export interface PresenceStackProps {
  /** The presences it stands for, in order, as "id,id". */
  ids: string;
  count: number;
  image: string;
}

export interface PresencePointData {
  points: FeatureCollection<Point, PresencePointProps>;
  stacks: FeatureCollection<Point, PresenceStackProps>;
  /** Leader lines from a moved marker or stack back to its place, and a dot on the place itself. */
  legs: FeatureCollection<LineString | Point, { id: string }>;
  /** What is drawn, where, how big: the area chips keep off it. */
  obstacles: Obstacle[];
  /** Per town with something drawn on or around it: how far from the town that reaches (px). */
  reach: Obstacle[];
}

/**
 * What a marker shows of a presence: its business area's code and colour (greyed when closed), its
 * status, basis and source, and its cluster's name. The note's markers and the imported ones share it.
 */
export function presencePointProps(p: Presence, cluster: Cluster): PresencePointProps {
  const { code, color } = BUSINESS_AREA_STYLE[cluster.businessArea.id];
  const shown = markerColor(color, p.status);
  return {
    id: p.id,
    clusterId: p.clusterId,
    status: p.status,
    inferred: p.basis.type === 'inferred',
    user: p.basis.type === 'user',
    otherSource: fromOtherSource(p),
    businessAreaId: cluster.businessArea.id,
    code,
    color: shown,
    textColor: readableTextColor(shown),
    name: cluster.shortName ?? cluster.name,
  };
}

/**
 * A ring holds at most this many; beyond it the fullest town in it becomes a stack (layoutMarkers).
 * Eight clusters in one town still open into a ring where there is room; on a phone's narrow map
 * fewer, so a ring never covers half the screen.
 */
export const MAX_RING = 8;
export const MAX_RING_NARROW = 5;

/**
 * City-level presences as points, spread apart for this zoom so each one stays visible and
 * clickable, and where a ring would grow past MAX_RING, towns as stacks that stand for their
 * presences (a click lists them). `keep` (the selected presence) is never hidden in a stack.
 * Area-level presences are left out: they are drawn on their area, never as a pin.
 */
export function presencePointData(
  presences: Presence[],
  clusters: Cluster[],
  zoom: number,
  keep: string | null = null,
  maxRing = MAX_RING,
): PresencePointData {
  const clusterIndex = new Map(clusters.map((c, i) => [c.id, i]));
  const located = presences.filter((p): p is Presence & { point: [number, number] } => p.point !== null);
  const byId = new Map(located.map((p) => [p.id, p]));
  const radius = new Map(
    located.map((p) => [
      p.id,
      markerFootprint(
        zoom,
        p.status,
        p.basis.type === 'inferred',
        p.basis.type === 'user',
        fromOtherSource(p),
      ),
    ]),
  );
  const { markers, stacks } = layoutMarkers(
    located.map((p) => ({
      id: p.id,
      lon: p.point[0],
      lat: p.point[1],
      radius: radius.get(p.id) ?? 0,
      order: clusterIndex.get(p.clusterId) ?? clusters.length,
    })),
    zoom,
    MARKER_GAP,
    { maxRing, stackRadius: stackRadius(zoom), keep },
  );
  const areaOf = (id: string) =>
    clusters[clusterIndex.get(byId.get(id)?.clusterId ?? '') ?? -1]?.businessArea.id;
  const points: Feature<Point, PresencePointProps>[] = [];
  for (const placed of markers) {
    const p = byId.get(placed.id);
    const cluster = clusters[clusterIndex.get(p?.clusterId ?? '') ?? -1];
    if (!p || !cluster) continue;
    points.push({
      type: 'Feature',
      id: points.length,
      geometry: { type: 'Point', coordinates: placed.position },
      properties: presencePointProps(p, cluster),
    });
  }
  const stackFeatures = stacks.map((s): Feature<Point, PresenceStackProps> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: s.position },
    properties: {
      ids: s.ids.join(','),
      count: s.ids.length,
      image: stackImageId(s.ids.flatMap((id) => areaOf(id) ?? [])),
    },
  }));
  const drawn = [
    ...markers.map((m) => ({ placed: m, radius: radius.get(m.id) ?? 0 })),
    ...stacks.map((s) => ({ placed: s, radius: stackRadius(zoom) })),
  ];
  return {
    points: { type: 'FeatureCollection', features: points },
    stacks: stackFeatures.length ? { type: 'FeatureCollection', features: stackFeatures } : NO_STACKS,
    legs: legsOf(markers, stacks),
    obstacles: drawn.map((d) => ({ at: d.placed.position, radius: d.radius })),
    reach: reachOf(drawn, zoom),
  };
}

type Placed = MarkerPlacement | StackPlacement;

/**
 * A leg from each place to what is drawn for it elsewhere, and a dot on the place: markers moved
 * onto a ring, and a stack that stands for several towns (a leg from each of them).
 */
function legsOf(markers: MarkerPlacement[], stacks: StackPlacement[]): PresencePointData['legs'] {
  const legs: Feature<LineString | Point, { id: string }>[] = [];
  const dots = new Map<string, [number, number]>();
  const leg = (id: string, from: [number, number], to: [number, number]) => {
    legs.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [from, to] },
      properties: { id },
    });
    dots.set(from.join(','), from);
  };
  for (const m of markers) if (m.groupSize > 1) leg(m.id, m.anchor, m.position);
  for (const s of stacks) {
    const towns = s.towns.length > 1 ? s.towns : s.groupSize > 1 ? [s.anchor] : [];
    for (const town of towns) leg(`${s.ids[0]}@${town.join(',')}`, town, s.position);
  }
  for (const [id, at] of dots)
    legs.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { id } });
  return legs.length ? { type: 'FeatureCollection', features: legs } : NO_LEGS;
}

/**
 * For every town something is drawn for: how far from the town its own markers (or stack) reach, the
 * ring they are spread on included, so the town's name can be put beyond them. Markers of other
 * towns in a shared ring do not count, nor a stack of several towns that does not cover the town: a
 * name pushed beyond all of them would land far from its town; MapLibre hides it instead where they
 * are in the way.
 */
function reachOf(drawn: { placed: Placed; radius: number }[], zoom: number): Obstacle[] {
  const reach = new Map<string, Obstacle>();
  for (const { placed, radius } of drawn) {
    const at = project(placed.position, zoom);
    const towns = 'towns' in placed ? placed.towns : [placed.anchor];
    for (const town of towns) {
      const px = project(town, zoom);
      const distance = Math.hypot(at[0] - px[0], at[1] - px[1]);
      if (towns.length > 1 && distance > radius) continue;
      const key = town.join(',');
      reach.set(key, { at: town, radius: Math.max(distance + radius, reach.get(key)?.radius ?? 0) });
    }
  }
  return [...reach.values()];
}

/**
 * No legs or stacks (no shared towns, or thousands of markers and no rings): always these
 * collections, so the map source is handed the object it already has and has nothing to redo.
 */
const NO_LEGS: PresencePointData['legs'] = Object.freeze({ type: 'FeatureCollection', features: [] });
const NO_STACKS: PresencePointData['stacks'] = Object.freeze({ type: 'FeatureCollection', features: [] });
