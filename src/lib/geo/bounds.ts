import type { Geometry, Position } from 'geojson';
import type { Bounds } from '@/model/camera';

function extend(bounds: Bounds | null, [x, y]: Position): Bounds {
  if (x === undefined || y === undefined) return bounds ?? [Infinity, Infinity, -Infinity, -Infinity];
  if (!bounds) return [x, y, x, y];
  return [Math.min(bounds[0], x), Math.min(bounds[1], y), Math.max(bounds[2], x), Math.max(bounds[3], y)];
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

/** The box around some geometries; null when they hold no coordinates. */
export function geometryBounds(geometries: readonly Geometry[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const geometry of geometries) for (const p of positions(geometry)) bounds = extend(bounds, p);
  return bounds && Number.isFinite(bounds[0]) ? bounds : null;
}

/** The box around several boxes and points; null when given none. */
export function unionBounds(parts: readonly (Bounds | Position | null | undefined)[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const part of parts) {
    if (!part) continue;
    if (part.length === 4) {
      bounds = extend(extend(bounds, [part[0], part[1]]), [part[2], part[3]]);
    } else bounds = extend(bounds, part);
  }
  return bounds;
}
