import type { Map as MaplibreMap, PointLike } from 'maplibre-gl';
import { BUSINESS_AREA_IDS, type BusinessAreaId } from '@/model/schema';
import { AREA_HIDDEN_STATE, AREA_HIT_LAYERS } from './styles/presence-areas';
import { POINT_HIT_LAYER, STACK_HIT_LAYER } from './styles/presence-points';
import { aggregateCount, IMPORTED_HIT_LAYERS, OWN_COUNT_SLOT } from './styles/imported-ids';

/** An aggregate of imported presences: which one in the clustered source, how many, of which areas. */
export interface AggregatePick {
  /** The aggregating source it is in (IMPORTED_SOURCES). */
  source: string;
  clusterId: number;
  count: number;
  /** How many of them the analyst imported. */
  own: number;
  /** Business areas by how many presences of each it holds, most first. */
  areas: { id: BusinessAreaId; count: number }[];
}

export interface PresencePick {
  /** Every presence under the pointer: one for a marker or chip; a stack's, or overlapping areas'. Empty for an aggregate. */
  ids: string[];
  longitude: number;
  latitude: number;
  aggregate?: AggregatePick;
}

/** A little slack around the pointer, so a finger or a shaky hand still hits a marker. */
const SLACK = 4;

/** "a,b" or ",a,b," as a list of ids. */
const idList = (value: unknown) => String(value).split(',').filter(Boolean);

/**
 * What is under a screen point, in drawing order: a marker first (the nearest, if the slack reaches
 * two), then a stack (all it stands for), then an area's chip, then the analyst's imported marker or
 * aggregate under them, then every area whose tint covers the point.
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
  const nearest = (layers: string[], geometry: PointLike | [PointLike, PointLike] = box) =>
    query(geometry, layers)
      .map((f) => ({ f, coords: f.geometry.type === 'Point' ? f.geometry.coordinates : [0, 0] }))
      .sort((a, b) => distance(a.coords) - distance(b.coords))[0];
  const at = (coords: number[]) => ({ longitude: coords[0] as number, latitude: coords[1] as number });

  // In drawing order, top first: the note's markers, stacks and chips lie over the imported ones.
  const marker = nearest([POINT_HIT_LAYER]);
  if (marker) return { ids: [String(marker.f.properties.id)], ...at(marker.coords) };
  const stack = nearest([STACK_HIT_LAYER]);
  if (stack) return { ids: idList(stack.f.properties.ids), ...at(stack.coords) };
  const chip = nearest([...AREA_HIT_LAYERS.chips]);
  if (chip) return { ids: [String(chip.f.properties.id)], ...at(chip.coords) };
  const imported = nearest(IMPORTED_HIT_LAYERS.point);
  if (imported) return { ids: [String(imported.f.properties.id)], ...at(imported.coords) };
  const aggregate = nearest(IMPORTED_HIT_LAYERS.aggregate, [x, y]);
  if (aggregate) {
    const props = aggregate.f.properties;
    const areas = BUSINESS_AREA_IDS.map((id, slot) => ({ id, count: aggregateCount(props, slot) }))
      .filter((a) => a.count > 0)
      .sort((a, b) => b.count - a.count);
    return {
      ids: [],
      ...at(aggregate.coords),
      aggregate: {
        source: aggregate.f.source,
        clusterId: Number(props.cluster_id),
        count: Number(props.point_count),
        own: aggregateCount(props, OWN_COUNT_SLOT),
        areas,
      },
    };
  }
  const here = map.unproject([x, y]);
  // A filtered-out area is still in the source, drawn at no opacity: not there for the reader.
  const areas = query([x, y], [AREA_HIT_LAYERS.tint]).filter((f) => f.state[AREA_HIDDEN_STATE] !== true);
  const ids = [...new Set(areas.flatMap((f) => idList(f.properties.ids)))];
  return ids.length ? { ids, longitude: here.lng, latitude: here.lat } : null;
}
