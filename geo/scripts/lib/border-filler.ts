/**
 * Natural Earth's Germany (1:10m) and DAGI's Denmark (1:500 000) disagree by up to a kilometre on
 * where the land border runs, which leaves a sliver of "sea" between the countries. The filler is
 * the polygon between the two border lines; drawn as German land beneath Denmark, it closes the
 * gap without moving either country's border.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

const KM_PER_DEG_LAT = 111.2;

/** Planar position along and distance from a polyline, in km (fine over a few kilometres). */
function project(point: Position, line: Position[]): { along: number; distanceKm: number } {
  const kx = KM_PER_DEG_LAT * Math.cos(((point[1] as number) * Math.PI) / 180);
  const [px, py] = [(point[0] as number) * kx, (point[1] as number) * KM_PER_DEG_LAT];
  let best = { along: 0, distanceKm: Infinity };
  let walked = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = [(line[i]?.[0] as number) * kx, (line[i]?.[1] as number) * KM_PER_DEG_LAT];
    const [bx, by] = [(line[i + 1]?.[0] as number) * kx, (line[i + 1]?.[1] as number) * KM_PER_DEG_LAT];
    const [dx, dy] = [bx - ax, by - ay];
    const length = Math.hypot(dx, dy);
    const t =
      length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (length * length)));
    const distanceKm = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    if (distanceKm < best.distanceKm) best = { along: walked + t * length, distanceKm };
    walked += length;
  }
  return best;
}

/**
 * `border`: Natural Earth's border line; `danishLand`: DAGI polygons near it. DAGI vertices within
 * `withinKm` of the line, ordered along it, close the ring back to where it started.
 */
export function borderFiller(
  border: Position[],
  danishLand: (Polygon | MultiPolygon)[],
  withinKm = 3,
): Polygon {
  const near: { point: Position; along: number }[] = [];
  for (const geometry of danishLand) {
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    for (const point of rings.flat()) {
      const { along, distanceKm } = project(point, border);
      if (distanceKm <= withinKm) near.push({ point: [point[0] as number, point[1] as number], along });
    }
  }
  if (near.length < 2)
    throw new Error('border filler: no DAGI border vertices near the Natural Earth border');
  near.sort((a, b) => b.along - a.along || (a.point[0] as number) - (b.point[0] as number));
  const ring = [...border, ...near.map((n) => n.point)];
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}
