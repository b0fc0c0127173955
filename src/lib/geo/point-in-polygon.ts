import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Even-odd ray casting on one ring; points exactly on an edge may fall either way. The one ray cast of
 * the app and the geo build (the pole search in geo/scripts/lib/pole.ts uses it too).
 */
export function inRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygonRings(point: Position, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !inRing(point, outer)) return false;
  return !holes.some((hole) => inRing(point, hole));
}

export function pointInPolygon(point: Position, geometry: Polygon | MultiPolygon): boolean {
  if (geometry.type === 'Polygon') return inPolygonRings(point, geometry.coordinates);
  return geometry.coordinates.some((rings) => inPolygonRings(point, rings));
}
