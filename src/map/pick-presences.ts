import type { MapGeoJSONFeature, Map as MaplibreMap, PointLike } from 'maplibre-gl';
import { BUSINESS_AREA_IDS, type BusinessAreaId } from '@/model/schema';
import { AREA_HIT_LAYERS } from './styles/presence-areas';
import { POINT_HIT_LAYER } from './styles/presence-points';
import { areaCountProperty, IMPORTED_HIT_LAYERS } from './styles/imported-points';

/** An aggregate of imported presences: which one in the clustered source, how many, of which areas. */
export interface AggregatePick {
  clusterId: number;
  count: number;
  /** Business areas by how many presences of each it holds, most first. */
  areas: { id: BusinessAreaId; count: number }[];
}

export interface PresencePick {
  /** Every presence under the pointer; more than one only where areas overlap. Empty for an aggregate. */
  ids: string[];
  longitude: number;
  latitude: number;
  aggregate?: AggregatePick;
}

/** A little slack around the pointer, so a finger or a shaky hand still hits a marker. */
const SLACK = 4;

/**
 * What is under a screen point: a marker first (the nearest, if the slack reaches two; the note's
 * before the analyst's), then an aggregate of imported presences, then an area's label, then every
 * area whose hatch covers the point.
 */
export function pickPresences(map: MaplibreMap, point: { x: number; y: number }): PresencePick | null {
  const query = (geometry: PointLike | [PointLike, PointLike], layer: string) =>
    map.getLayer(layer) ? map.queryRenderedFeatures(geometry, { layers: [layer] }) : [];
  const { x, y } = point;
  const box: [PointLike, PointLike] = [
    [x - SLACK, y - SLACK],
    [x + SLACK, y + SLACK],
  ];
  const distance = (coords: number[]) => {
    const p = map.project(coords as [number, number]);
    return Math.hypot(p.x - x, p.y - y);
  };
  const nearest = (features: MapGeoJSONFeature[]) =>
    features
      .map((f) => ({ f, coords: f.geometry.type === 'Point' ? f.geometry.coordinates : [0, 0] }))
      .sort((a, b) => distance(a.coords) - distance(b.coords))[0];
  // The note's markers lie over the imported ones: they are hit first.
  const marker = nearest(query(box, POINT_HIT_LAYER)) ?? nearest(query(box, IMPORTED_HIT_LAYERS.point));
  if (marker) {
    const [longitude, latitude] = marker.coords as [number, number];
    return { ids: [String(marker.f.properties.id)], longitude, latitude };
  }
  const aggregate = nearest(query([x, y], IMPORTED_HIT_LAYERS.aggregate));
  if (aggregate) {
    const [longitude, latitude] = aggregate.coords as [number, number];
    const props = aggregate.f.properties;
    const areas = BUSINESS_AREA_IDS.map((id) => ({ id, count: Number(props[areaCountProperty(id)] ?? 0) }))
      .filter((a) => a.count > 0)
      .sort((a, b) => b.count - a.count);
    return {
      ids: [],
      longitude,
      latitude,
      aggregate: { clusterId: Number(props.cluster_id), count: Number(props.point_count), areas },
    };
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
