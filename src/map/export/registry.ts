/**
 * How features ask the map for a picture or for a print without touching it: the map view
 * registers its exports while it is mounted, the export menu calls them. No maplibre import here,
 * so a feature importing this file does not pull in the map.
 */
import { useAppStore } from '@/state/store';

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
let waiting: Array<(exports: MapExports) => void> = [];

/**
 * How long a request waits for the map's exports once the map is ready: their code loads just after
 * the map's first view (map-view.tsx), so a click in that moment gets them rather than an error.
 */
export const PROVIDER_WAIT_MS = 3000;

/** Returns the unregister function; only the provider that registered can remove itself. */
export function provideMapExports(exports: MapExports): () => void {
  provider = exports;
  waiting.splice(0).forEach((resolve) => resolve(exports));
  return () => {
    if (provider === exports) provider = null;
  };
}

/** The registered exports; while a ready map's are still loading, those, once they are there. */
function currentProvider(): Promise<MapExports | null> {
  if (provider || useAppStore.getState().mapStatus.kind !== 'ready') return Promise.resolve(provider);
  return new Promise((resolve) => {
    const done = (exports: MapExports | null) => {
      clearTimeout(timer);
      waiting = waiting.filter((w) => w !== done);
      resolve(exports);
    };
    const timer = setTimeout(() => done(null), PROVIDER_WAIT_MS);
    waiting.push(done);
  });
}

export class MapImageUnavailable extends Error {
  constructor() {
    super('the map is not shown, so there is nothing to take a picture of');
  }
}

export async function requestMapImage(request: MapImageRequest): Promise<Blob> {
  const exports = await currentProvider();
  if (!exports) throw new MapImageUnavailable();
  return exports.image(request);
}

/** Without a map the page prints as it is: nothing to prepare, nothing to put back. */
export async function prepareMapForPrint(): Promise<() => void> {
  const exports = await currentProvider();
  return exports ? exports.preparePrint() : () => {};
}
