import { useEffect } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import { openArea } from '@/components/open-area';
import { type AreaLevel } from '@/model/view';
import { escapeOnMap } from './escape-on-map';
import { pickArea } from './pick-area';

/**
 * In the coverage view a click on an area opens its profile, at the level the map shows; Escape on
 * the map closes it again.
 */
export function useAreaClick(mapRef: MapRef | undefined, level: AreaLevel) {
  useEffect(() => {
    const map = mapRef?.getMap();
    if (!map) return;
    const onClick = (e: MapMouseEvent) => {
      const area = pickArea(map, e.point, level);
      if (area) openArea(area);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') escapeOnMap();
    };
    map.on('click', onClick);
    map.getCanvas().addEventListener('keydown', onKey);
    return () => {
      map.off('click', onClick);
      map.getCanvas().removeEventListener('keydown', onKey);
    };
  }, [mapRef, level]);
}
