import type { Plugin } from 'vite';

/**
 * Starts the first view's downloads while the app's JavaScript is still parsing: the base map,
 * the dataset, the two glyph ranges every label needs, the Danish texts, and the MapLibre chunk
 * that is otherwise imported only when the map mounts. Without these the browser discovers them half a second late.
 */
export function preloadFirstView(options: { dataUrl?: string }): Plugin {
  let base = '/';
  return {
    name: 'klyngekort-preload-first-view',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fetches = [
          `${base}geo/denmark.topo.json`,
          options.dataUrl ?? `${base}data/dataset.json`,
          `${base}fonts/Noto%20Sans%20Regular/0-255.pbf`,
          `${base}fonts/Noto%20Sans%20Medium/0-255.pbf`,
        ];
        const chunks = Object.values(context.bundle ?? {}).filter((chunk) => chunk.type === 'chunk');
        const maplibre = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/map/maplibre-lib.ts'));
        // The default language's texts are needed before the first render.
        const danish = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/i18n/bundles/da.ts'));
        const modules = [maplibre, danish].flatMap((chunk) => (chunk ? [chunk.fileName] : []));
        return [
          ...fetches.map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          })),
          ...modules.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
