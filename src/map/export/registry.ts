/**
 * How features ask for a picture of the map without touching it: the map view registers a maker
 * while it is mounted, the export menu calls `requestMapImage`. No maplibre import here, so a
 * feature importing this file does not pull in the map.
 */
export interface MapImageRequest {
  /** The picture's heading, e.g. "Klyngekort – Tilstedeværelse". */
  title: string;
  /** What is shown: filters, counts, coverage settings, date; one paragraph each. */
  summary: string[];
  /** Words before the map's own sources, which the map adds itself, e.g. "Kortdata:". */
  attributionLabel: string;
  /** Sources besides the map's own attribution. */
  footer: string[];
}

export type MapImageMaker = (request: MapImageRequest) => Promise<Blob>;

let maker: MapImageMaker | null = null;

/** Returns the unregister function; only the maker that registered can remove itself. */
export function provideMapImage(fn: MapImageMaker): () => void {
  maker = fn;
  return () => {
    if (maker === fn) maker = null;
  };
}

export class MapImageUnavailable extends Error {
  constructor() {
    super('the map is not shown, so there is nothing to take a picture of');
  }
}

export function requestMapImage(request: MapImageRequest): Promise<Blob> {
  return maker ? maker(request) : Promise.reject(new MapImageUnavailable());
}
