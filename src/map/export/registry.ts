/**
 * How features ask the map for a picture or for a print without touching it: the map view
 * registers its exports while it is mounted, the export menu calls them. No maplibre import here,
 * so a feature importing this file does not pull in the map.
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

export interface MapExports {
  image: (request: MapImageRequest) => Promise<Blob>;
  /** Redraws the map at the printed page's size; resolves to the function that puts it back. */
  preparePrint: () => Promise<() => void>;
}

let provider: MapExports | null = null;

/** Returns the unregister function; only the provider that registered can remove itself. */
export function provideMapExports(exports: MapExports): () => void {
  provider = exports;
  return () => {
    if (provider === exports) provider = null;
  };
}

export class MapImageUnavailable extends Error {
  constructor() {
    super('the map is not shown, so there is nothing to take a picture of');
  }
}

export function requestMapImage(request: MapImageRequest): Promise<Blob> {
  return provider ? provider.image(request) : Promise.reject(new MapImageUnavailable());
}

/** Without a map the page prints as it is: nothing to prepare, nothing to put back. */
export function prepareMapForPrint(): Promise<() => void> {
  return provider ? provider.preparePrint() : Promise.resolve(() => {});
}
