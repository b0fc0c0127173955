import type { Map as MaplibreMap, PointLike } from 'maplibre-gl';
import { AREA_HIT_LAYERS } from './styles/presence-areas';
import { POINT_HIT_LAYER, STACK_HIT_LAYER } from './styles/presence-points';

export interface PresencePick {
  /** Every presence under the pointer: one for a marker or chip; a stack's, or overlapping areas'. */
  ids: string[];
  longitude: number;
  latitude: number;
}

/** A little slack around the pointer, so a finger or a shaky hand still hits a marker. */
const SLACK = 4;

/** "a,b" or ",a,b," as a list of ids. */
const idList = (value: unknown) => String(value).split(',').filter(Boolean);

/**
 * What is under a screen point: a marker first (the nearest, if the slack reaches two), then a
 * stack (all it stands for), then an area's chip, then every area whose tint covers the point.
 */
export function pickPresences(map: MaplibreMap, point: { x: number; y: number }): PresencePick | null {
  const query = (geometry: PointLike | [PointLike, PointLike], layers: string[]) => {
    const present = layers.filter((layer) => map.getLayer(layer));
    return present.length ? map.queryRenderedFeatures(geometry, { layers: present }) : [];
  };
  const { x, y } = point;
  const box: [PointLike, PointLike] = [
    [x - SLACK, y - SLACK],
    [x + SLACK, y + SLACK],
  ];
  const distance = (coords: number[]) => {
    const p = map.project(coords as [number, number]);
    return Math.hypot(p.x - x, p.y - y);
  };
  const nearest = (layers: string[]) =>
    query(box, layers)
      .map((f) => ({ f, coords: f.geometry.type === 'Point' ? f.geometry.coordinates : [0, 0] }))
      .sort((a, b) => distance(a.coords) - distance(b.coords))[0];
  const at = (coords: number[]) => ({ longitude: coords[0] as number, latitude: coords[1] as number });

  const marker = nearest([POINT_HIT_LAYER]);
  if (marker) return { ids: [String(marker.f.properties.id)], ...at(marker.coords) };
  const stack = nearest([STACK_HIT_LAYER]);
  if (stack) return { ids: idList(stack.f.properties.ids), ...at(stack.coords) };
  const chip = nearest([...AREA_HIT_LAYERS.chips]);
  if (chip) return { ids: [String(chip.f.properties.id)], ...at(chip.coords) };
  const here = map.unproject([x, y]);
  const ids = [...new Set(query([x, y], [AREA_HIT_LAYERS.tint]).flatMap((f) => idList(f.properties.ids)))];
  return ids.length ? { ids, longitude: here.lng, latitude: here.lat } : null;
}
