import type { Feature, FeatureCollection } from 'geojson';
import { memoPerInput } from '@/lib/memo/memo-last';

/**
 * GeoJSON that a source keeps for the map's life (the base map's land and borders), handed to
 * MapLibre as a URL of its own. Given the object, MapLibre passes it to its worker through its own
 * serialiser, a walk over every coordinate on the main thread: the base map's 1.6 MB were ~90 ms of
 * the one long task in which the data reaches the map (a trace, 4 December). As a URL the main thread
 * only writes the text (~30 ms) and the worker reads and parses it. One URL per base map object,
 * made in the render that first shows it (so the map never draws without it) and kept while the
 * page lives: a new base map comes only from a retry after a failed load.
 */
export const dataUrl = memoPerInput((data: FeatureCollection | Feature) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' })),
);
