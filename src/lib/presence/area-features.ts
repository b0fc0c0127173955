import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import type { BusinessAreaId, Cluster, Presence, PresenceStatus } from '@/model/schema';
import { polygonAreaKm2 } from '@/lib/geo/area';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { areaGeometry } from './area-geometry';
import { CHIP_GAP, CHIP_HALF, markerColor } from './marker-style';
import { project, unproject } from './mercator';
import { chipImageId } from './patterns';
import { readableTextColor } from '../palette/readable-text';
import { TOWN_DOT_RADIUS, townsAt } from './town-labels';

/** One polygon per area that holds area-level presences, however many: a tint and an edge, drawn once. */
export interface AreaShapeProps {
  key: string;
  /** The presences on this area, as ",id,id,": a layer filter finds one with `in`. */
  ids: string;
}

/** One chip per area-level presence, in a row at its area's free spot. */
export interface AreaChipProps {
  id: string;
  clusterId: string;
  status: PresenceStatus;
  businessAreaId: BusinessAreaId;
  code: string;
  /** The business area's colour (grey when closed). */
  color: string;
  /** The code's colour on a solid chip: white or black, whichever reads better. */
  textColor: string;
  image: string;
  /** The cluster's short name, for the selected chip's label. */
  name: string;
}

/** Something the chips must not cover: a marker, a stack or a town's dot, in screen pixels at its place. */
export interface Obstacle {
  at: [number, number];
  radius: number;
}

type AreaPresence = Presence & { area: NonNullable<Presence['area']> };

const areaKey = (p: AreaPresence) => `${p.area.type}:${p.area.code}`;

/** The area-level presences the base map can draw, in the clusters' order and then by id. */
function areaPresencesOf(presences: Presence[], clusters: Cluster[], baseMap: BaseMap): AreaPresence[] {
  const order = new Map(clusters.map((c, i) => [c.id, i]));
  return presences
    .filter(
      (p): p is AreaPresence => p.area !== null && order.has(p.clusterId) && !!areaGeometry(baseMap, p.area),
    )
    .sort((a, b) => (order.get(a.clusterId) ?? 0) - (order.get(b.clusterId) ?? 0) || (a.id < b.id ? -1 : 1));
}

function byArea(presences: AreaPresence[]): AreaPresence[][] {
  const groups = new Map<string, AreaPresence[]>();
  for (const p of presences) groups.set(areaKey(p), [...(groups.get(areaKey(p)) ?? []), p]);
  return [...groups.values()];
}

/**
 * The areas that hold area-level presences, each drawn once with the ids of what it holds. The map
 * keeps every presence's areas loaded and hides those the filters empty (areaKeysOf): the shapes
 * carry most of the map's presence geometry, and handing them to MapLibre again on every filter
 * change cost the worker more than the markers themselves (README "Performance").
 */
export function areaShapes(
  presences: Presence[],
  clusters: Cluster[],
  baseMap: BaseMap,
): FeatureCollection<MultiPolygon, AreaShapeProps> {
  const features: Feature<MultiPolygon, AreaShapeProps>[] = [];
  for (const group of byArea(areaPresencesOf(presences, clusters, baseMap))) {
    const first = group[0] as AreaPresence;
    const geometry = areaGeometry(baseMap, first.area);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      geometry,
      properties: { key: areaKey(first), ids: `,${group.map((p) => p.id).join(',')},` },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Where an area's chips may go, best first: the poles of its municipalities, nearest the middle of
 * the area (weighted by municipality size) first.
 */
function candidateSpots(p: AreaPresence, baseMap: BaseMap): [number, number][] {
  const members = baseMap.municipalities.features.filter((m) =>
    p.municipalityCodes.includes(m.properties.code),
  );
  let [x, y, total] = [0, 0, 0];
  for (const m of members) {
    const km2 = polygonAreaKm2(m.geometry);
    [x, y, total] = [x + m.properties.pole[0] * km2, y + m.properties.pole[1] * km2, total + km2];
  }
  const distance = ([px, py]: [number, number]) => Math.hypot(px - x / total, py - y / total);
  return members.map((m) => m.properties.pole).sort((a, b) => distance(a) - distance(b));
}

/** Chip centres around a spot, in pixels from it: one row up to four chips, else two rows. */
export function chipOffsets(count: number): [number, number][] {
  const columns = count <= 4 ? count : Math.ceil(count / 2);
  const rows = Math.ceil(count / columns);
  const step = 2 * CHIP_HALF + CHIP_GAP;
  return Array.from({ length: count }, (_, i) => {
    const [row, column] = [Math.floor(i / columns), i % columns];
    const inRow = Math.min(columns, count - row * columns);
    return [(column - (inRow - 1) / 2) * step, (row - (rows - 1) / 2) * step];
  });
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MARGIN = 3;

function chipBox(centre: [number, number], offsets: [number, number][]): Box {
  const xs = offsets.map(([dx]) => centre[0] + dx);
  const ys = offsets.map(([, dy]) => centre[1] + dy);
  const pad = CHIP_HALF + MARGIN;
  return {
    left: Math.min(...xs) - pad,
    top: Math.min(...ys) - pad,
    right: Math.max(...xs) + pad,
    bottom: Math.max(...ys) + pad,
  };
}

/** Places around `centre`, nearest first: eight directions, one to four chip steps out. */
function nudges([x, y]: [number, number]): [number, number][] {
  const step = 2 * CHIP_HALF + CHIP_GAP;
  return [1, 2, 3, 4].flatMap((k) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((i): [number, number] => {
      const a = (i * Math.PI) / 4;
      return [x + Math.cos(a) * k * step, y + Math.sin(a) * k * step];
    }),
  );
}

const boxesMeet = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function meetsCircle(box: Box, [cx, cy]: [number, number], radius: number) {
  const dx = cx - Math.max(box.left, Math.min(cx, box.right));
  const dy = cy - Math.max(box.top, Math.min(cy, box.bottom));
  return Math.hypot(dx, dy) < radius;
}

/**
 * One chip per area-level presence, the chips of an area side by side at the first of its spots
 * (candidateSpots) where they cover no marker or stack (`obstacles`), no dot of a town named at this
 * zoom and no other area's chips:
 * an area's efforts read as one group on the area, never on top of a town. Areas with the fewest
 * spots choose first (Lolland has one, Region Sjælland seventeen). Deterministic for its input.
 */
export function areaChips(
  presences: Presence[],
  clusters: Cluster[],
  baseMap: BaseMap,
  zoom: number,
  obstacles: readonly Obstacle[],
): FeatureCollection<Point, AreaChipProps> {
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const towns = townsAt(baseMap.labels.features, zoom).map((t) => ({
    at: t.geometry.coordinates as [number, number],
    radius: TOWN_DOT_RADIUS,
  }));
  const circles = [...obstacles, ...towns].map((o) => ({ at: project(o.at, zoom), radius: o.radius }));
  const groups = byArea(areaPresencesOf(presences, clusters, baseMap))
    .map((group) => ({ group, spots: candidateSpots(group[0] as AreaPresence, baseMap) }))
    .sort((a, b) => a.spots.length - b.spots.length);
  const taken: Box[] = [];
  const chips: Feature<Point, AreaChipProps>[] = [];
  for (const { group, spots } of groups) {
    const offsets = chipOffsets(group.length);
    const isFree = (centre: [number, number]) => {
      const box = chipBox(centre, offsets);
      return !taken.some((t) => boxesMeet(t, box)) && !circles.some((c) => meetsCircle(box, c.at, c.radius));
    };
    const centres = spots.map((spot) => project(spot, zoom));
    // No spot free (a one-municipality area with a town marker on it): the nearest free place around the first.
    const spot =
      centres.find(isFree) ??
      nudges(centres[0] as [number, number]).find(isFree) ??
      (centres[0] as [number, number]);
    taken.push(chipBox(spot, offsets));
    group.forEach((p, i) => {
      const cluster = clusterById.get(p.clusterId) as Cluster;
      const businessAreaId = cluster.businessArea.id;
      const [dx, dy] = offsets[i] as [number, number];
      const user = p.basis.type === 'user';
      const color = markerColor(BUSINESS_AREA_STYLE[businessAreaId].color, p.status);
      chips.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: unproject([spot[0] + dx, spot[1] + dy], zoom) },
        properties: {
          id: p.id,
          clusterId: p.clusterId,
          status: p.status,
          businessAreaId,
          code: BUSINESS_AREA_STYLE[businessAreaId].code,
          color,
          textColor: readableTextColor(color),
          image: chipImageId(businessAreaId, p.status, user),
          name: `${user ? '+ ' : ''}${cluster.shortName ?? cluster.name}`,
        },
      });
    });
  }
  return { type: 'FeatureCollection', features: chips };
}

/** The keys (AreaShapeProps.key) of the areas that hold at least one of these presences, in areaShapes' order. */
export function areaKeysOf(presences: Presence[], clusters: Cluster[], baseMap: BaseMap): string[] {
  return byArea(areaPresencesOf(presences, clusters, baseMap)).map((group) =>
    areaKey(group[0] as AreaPresence),
  );
}
