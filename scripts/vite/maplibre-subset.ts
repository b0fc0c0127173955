import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SUBSET = fileURLToPath(new URL('../../src/map/maplibre-lib.ts', import.meta.url));

/**
 * Resolves react-map-gl's `import('maplibre-gl')` to src/map/maplibre-lib.ts, which re-exports
 * only what the app uses: a namespace import would keep every MapLibre export in the bundle.
 */
export const maplibreSubset = (): Plugin => ({
  name: 'klyngekort-maplibre-subset',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'maplibre-gl' && importer?.includes('@vis.gl/react-maplibre')) return SUBSET;
    return null;
  },
});
