import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Presence } from '@/model/schema';
import type { Bounds } from '@/model/camera';
import { geometryBounds, unionBounds } from '@/lib/geo/bounds';

type Located = Pick<Presence, 'point' | 'municipalityCodes'>;

/**
 * Boxes around presences: a town's point, or every municipality an area-level presence covers.
 * Without municipality shapes (base map not loaded) area-level presences have no box.
 */
export function createPresenceBounds(
  municipalities: readonly Feature<Polygon | MultiPolygon, { code: string }>[],
) {
  const boxes = new Map(municipalities.map((f) => [f.properties.code, geometryBounds([f.geometry])]));
  const one = (p: Located): Bounds | null =>
    p.point
      ? [p.point[0], p.point[1], p.point[0], p.point[1]]
      : unionBounds(p.municipalityCodes.map((c) => boxes.get(c)));
  return (presences: readonly Located[]): Bounds | null => unionBounds(presences.map(one));
}
