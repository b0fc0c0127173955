import { useEffect, useState } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';

/** Narrower than this (a phone in portrait), towns crowd sooner: rings hold fewer markers. */
const NARROW = 480;

/** Whether the map is as narrow as a phone's, kept up to date as it resizes. */
export function useNarrowMap(map: MapRef | null): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    if (!map) return;
    const update = () => setNarrow(map.getContainer().clientWidth < NARROW);
    update();
    map.on('resize', update);
    return () => {
      map.off('resize', update);
    };
  }, [map]);
  return narrow;
}
