import type { Plugin } from 'vite';

/**
 * Starts downloading the default language's texts while the app's JavaScript is still parsing: the
 * first render waits for them, and without this the browser discovers them only once the entry runs.
 * Nothing else is preloaded: MapLibre, the base map, the dataset and the glyphs wait for the first
 * paint (src/data/first-paint.ts), which a preload in the head would run ahead of.
 */
export function preloadFirstView(): Plugin {
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
        const chunks = Object.values(context.bundle ?? {}).filter((chunk) => chunk.type === 'chunk');
        const danish = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/i18n/bundles/da.ts'));
        const maplibre = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/map/maplibre-lib.ts'));
        return [maplibre, danish].flatMap((chunk) =>
          chunk
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
                  injectTo: 'head' as const,
                },
              ]
            : [],
        );
      },
    },
  };
}
