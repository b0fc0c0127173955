import type { Plugin } from 'vite';

/**
 * Starts downloading, while the app's JavaScript is still parsing, the two chunks the entry would
 * otherwise discover late: the default language's texts (the first render waits for them) and
 * MapLibre (the map needs it before anything else). The data files are not preloaded: they wait for
 * the first contentful paint (src/data/first-paint.ts), which a preload in the head would run ahead of.
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
