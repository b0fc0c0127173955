/**
 * The pole of inaccessibility of a (multi)polygon: the inside point farthest from any edge, found
 * with the grid-refinement search of Mapbox's polylabel (https://github.com/mapbox/polylabel).
 * Unlike a centroid it is always inside and far from the coast, so distances measured from it
 * represent the municipality rather than one shore. Coordinates are [lon, lat]; the search runs in a
 * local equirectangular projection (longitude scaled by cos(latitude)) so "far" means far on the ground.
 */
import type { MultiPolygon, Position } from 'geojson';
import { inRing } from '../../../src/lib/geo/point-in-polygon';

interface Cell {
  x: number;
  y: number;
  /** Half the cell size. */
  h: number;
  /** Signed distance from the cell centre to the outline: positive inside. */
  d: number;
  /** The best distance any point in the cell could have. */
  max: number;
}

type Ring = [number, number][];

function signedDistance(x: number, y: number, rings: Ring[]): number {
  let inside = false;
  let min = Infinity;
  for (const ring of rings) {
    // Even-odd over all rings: inside the outer ring and in no hole.
    if (inRing([x, y], ring)) inside = !inside;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[j] as [number, number];
      min = Math.min(min, segmentDistanceSq(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  let [x, y] = [ax, ay];
  const [dx, dy] = [bx - ax, by - ay];
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [bx, by];
    else if (t > 0) [x, y] = [ax + dx * t, ay + dy * t];
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

function cell(x: number, y: number, h: number, rings: Ring[]): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Best inside point of one polygon (projected rings) and its distance to the outline. */
function polygonPole(rings: Ring[], precision: number): Cell {
  const outer = rings[0] ?? [];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
  if (size === 0) return best;
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2, rings));
  }
  // A sorted array is enough here: municipalities need a few hundred cells, and ties keep insertion order.
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop() as Cell;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(
      cell(c.x - h, c.y - h, h, rings),
      cell(c.x + h, c.y - h, h, rings),
      cell(c.x - h, c.y + h, h, rings),
      cell(c.x + h, c.y + h, h, rings),
    );
  }
  return best;
}

/**
 * The pole of the polygon part with the most room inside (the largest island for most municipalities),
 * rounded to 5 decimals (about 1 m) so the geo build stays byte-for-byte deterministic.
 * `precision` is in projected degrees of latitude (1e-3 ≈ 110 m).
 */
export function poleOfInaccessibility(geometry: MultiPolygon, precision = 1e-3): [number, number] {
  const lats = geometry.coordinates.flatMap((polygon) => (polygon[0] ?? []).map((p) => p[1] as number));
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const project = (ring: Position[]): Ring => ring.map(([lon, lat]) => [(lon as number) * k, lat as number]);
  let best: Cell | null = null;
  for (const polygon of geometry.coordinates) {
    const pole = polygonPole(polygon.map(project), precision);
    if (!best || pole.d > best.d) best = pole;
  }
  if (!best) throw new Error('poleOfInaccessibility: empty geometry');
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return [round(best.x / k), round(best.y)];
}
