/** Sutherland–Hodgman clipping of polygon rings to an axis-aligned box; enough for background land. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds } from '../../../src/model/camera';

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };

const lerp = (a: Position, b: Position, t: number): Position => [
  (a[0] as number) + ((b[0] as number) - (a[0] as number)) * t,
  (a[1] as number) + ((b[1] as number) - (a[1] as number)) * t,
];

function edges([w, s, e, n]: Bounds): Edge[] {
  const x = (p: Position) => p[0] as number;
  const y = (p: Position) => p[1] as number;
  return [
    { inside: (p) => x(p) >= w, cut: (a, b) => lerp(a, b, (w - x(a)) / (x(b) - x(a))) },
    { inside: (p) => x(p) <= e, cut: (a, b) => lerp(a, b, (e - x(a)) / (x(b) - x(a))) },
    { inside: (p) => y(p) >= s, cut: (a, b) => lerp(a, b, (s - y(a)) / (y(b) - y(a))) },
    { inside: (p) => y(p) <= n, cut: (a, b) => lerp(a, b, (n - y(a)) / (y(b) - y(a))) },
  ];
}

export function clipRing(ring: Position[], box: Bounds): Position[] {
  let output = ring.slice(0, -1);
  for (const edge of edges(box)) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Position;
      const previous = input[(i + input.length - 1) % input.length] as Position;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cut(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cut(previous, current));
      }
    }
    if (output.length === 0) return [];
  }
  return output.length >= 3 ? [...output, output[0] as Position] : [];
}

export function clipToBox(geometry: Polygon | MultiPolygon, box: Bounds): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const coordinates: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) => clipRing(ring, box));
    if (outer && outer.length > 0) coordinates.push([outer, ...holes.filter((h) => h.length > 0)]);
  }
  return { type: 'MultiPolygon', coordinates };
}
