import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import type { AreaType } from '@/model/schema';

/** Twice the signed area in lon/lat; positive for a clockwise ring on a north-up map. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += (x2 - x1) * (y2 + y1);
  }
  return sum;
}

const oriented = (ring: Position[], clockwise: boolean) =>
  signedArea(ring) > 0 === clockwise ? ring : [...ring].reverse();

/**
 * Outer rings clockwise, holes anticlockwise: then the right-hand side of every ring is inside
 * the area, so a positive MapLibre `line-offset` draws an outline inward.
 */
export function clockwise(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings) => rings.map((ring, i) => oriented(ring, i === 0))),
  };
}

/*
 * One geometry object per area and base map. Presences on the same area (three on Sjælland) then
 * share it: the copy sent to MapLibre's worker carries the polygon once, and comparing old and new
 * source data stops at the shared object instead of walking every coordinate.
 */
const geometries = new WeakMap<BaseMap, Map<string, MultiPolygon | null>>();

/** The polygon a presence's `area` names, from the base map; null when the base map lacks it. */
export function areaGeometry(baseMap: BaseMap, area: { type: AreaType; code: string }): MultiPolygon | null {
  let byArea = geometries.get(baseMap);
  if (!byArea) geometries.set(baseMap, (byArea = new Map()));
  const key = `${area.type}:${area.code}`;
  if (!byArea.has(key)) byArea.set(key, buildAreaGeometry(baseMap, area));
  return byArea.get(key) ?? null;
}

function buildAreaGeometry(baseMap: BaseMap, area: { type: AreaType; code: string }): MultiPolygon | null {
  const collection = {
    region: baseMap.regions,
    funen: baseMap.funen,
    erhvervshus: baseMap.erhvervshus,
    municipality: baseMap.municipalities,
  }[area.type];
  const parts = collection.features.filter((f) => f.properties.code === area.code);
  if (!parts.length) return null;
  return {
    type: 'MultiPolygon',
    coordinates: parts.flatMap((f) => clockwise(f.geometry).coordinates),
  };
}
