import type { Map as MaplibreMap } from 'maplibre-gl';
import { type AreaRef } from '@/model/area';
import { type AreaLevel } from '@/model/view';
import { landFill } from './styles/base-layers';

/**
 * The area of the given level under a screen point, read from the land polygons both views draw:
 * each municipality carries its region and erhvervshus area, so one queryable layer serves every level.
 */
export function pickArea(
  map: MaplibreMap,
  point: { x: number; y: number },
  level: AreaLevel,
): AreaRef | null {
  if (!map.getLayer(landFill.id)) return null;
  const [feature] = map.queryRenderedFeatures([point.x, point.y], { layers: [landFill.id] });
  const props = feature?.properties;
  const code = level === 'municipality' ? props?.code : props?.[level];
  return typeof code === 'string' ? { kind: level, code } : null;
}
