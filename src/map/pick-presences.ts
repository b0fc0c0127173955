import type { Map as MaplibreMap, PointLike } from 'maplibre-gl';
import { AREA_HIT_LAYERS } from './styles/presence-areas';
import { POINT_HIT_LAYER } from './styles/presence-points';

export interface PresencePick {
  /** Every presence under the pointer; more than one only where areas overlap. */
  ids: string[];
  longitude: number;
  latitude: number;
}

/** A little slack around the pointer, so a finger or a shaky hand still hits a marker. */
const SLACK = 4;

/**
 * What is under a screen point: a marker first (the nearest, if the slack reaches two), then an
 * area's label, then every area whose hatch covers the point.
 */
export function pickPresences(map: MaplibreMap, point: { x: number; y: number }): PresencePick | null {
  const query = (geometry: PointLike | [PointLike, PointLike], layer: string) =>
    map.getLayer(layer) ? map.queryRenderedFeatures(geometry, { layers: [layer] }) : [];
  const { x, y } = point;
  const markers = query(
    [
      [x - SLACK, y - SLACK],
      [x + SLACK, y + SLACK],
    ],
    POINT_HIT_LAYER,
  );
  const distance = (coords: number[]) => {
    const p = map.project(coords as [number, number]);
    return Math.hypot(p.x - x, p.y - y);
  };
  const nearest = markers
    .map((f) => ({ f, coords: f.geometry.type === 'Point' ? f.geometry.coordinates : [0, 0] }))
    .sort((a, b) => distance(a.coords) - distance(b.coords))[0];
  if (nearest) {
    const [longitude, latitude] = nearest.coords as [number, number];
    return { ids: [String(nearest.f.properties.id)], longitude, latitude };
  }
  const at = map.unproject([x, y]);
  const label = query([x, y], AREA_HIT_LAYERS.label)[0];
  if (label) return { ids: [String(label.properties.id)], longitude: at.lng, latitude: at.lat };
  const areas = query([x, y], AREA_HIT_LAYERS.fill)
    .sort((a, b) => Number(a.properties.slot) - Number(b.properties.slot))
    .map((f) => String(f.properties.id));
  const ids = [...new Set(areas)];
  return ids.length ? { ids, longitude: at.lng, latitude: at.lat } : null;
}
