import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './csp.config.ts';
import { datasetDigest } from './scripts/vite/dataset-digest.ts';
import { firstViewModules } from './scripts/vite/first-view-modules.ts';
import { maplibreCss } from './scripts/vite/maplibre-css.ts';
import { maplibreSubset } from './scripts/vite/maplibre-subset.ts';
import { preloadFirstView } from './scripts/vite/preload-first-view.ts';

/** Adds the CSP to the built index.html only: the dev server injects inline scripts for hot reload. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'klyngekort-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

const firstView = firstViewModules();

export default defineConfig({
  plugins: [
    react(),
    maplibreSubset(),
    maplibreCss(),
    firstView.plugin,
    tailwindcss(),
    contentSecurityPolicy(),
    preloadFirstView(),
    datasetDigest(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  // The manifest tells the benchmark which chunks are lazily loaded panels.
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // zod and the schemas load only when something needs validating (src/data/dataset.ts): their
            // own chunk, or 'shared' would carry them into the first view; without the vocabulary they
            // import, which the first view needs.
            {
              name: 'validation',
              test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]model[\\/](zod|schema-common|cross-check|[a-z-]+-schema)\.ts$/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // Strings of lazily loaded features (src/i18n/panel-strings.ts) go with those features; in
            // 'shared' they would be back in the first view.
            {
              name: 'panel-strings',
              test: /[\\/]src[\\/]i18n[\\/](panel-strings\.ts$|locales[\\/]\w+[\\/](area|changes|cluster|coverage|describe|embed|export|history|import|overview|reader|search|share|source)\.json$)/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // What only lazily loaded parts share (the area profile and the comparison, the coverage view
            // and its layers, the words for a view, the modal dialog and the copy field): the counting, the
            // residents, the source quotes, the describers. Their own chunk, or 'shared' would carry them
            // into the first view. The first view must import none of these.
            {
              name: 'panel-shared',
              test: /[\\/]src[\\/](features[\\/]area-profile[\\/]|lib[\\/](area-profile|population|describe|share)[\\/]|lib[\\/]coverage[\\/](analyse|area-coverage|choropleth|csv|distance|distance-sort|geography|matrix|residents|rules|selection|statuses)\.ts$|lib[\\/]area[\\/]area-name\.ts$|lib[\\/]history[\\/]dated-items\.ts$|lib[\\/]format[\\/]figures\.ts$|lib[\\/]presence[\\/]group-presences\.ts$|data[\\/]population\.ts$|model[\\/]population-file\.ts$|hooks[\\/]use-coverage-analysis\.ts$|components[\\/](status-marker|sort-header|presence-line|back-button|dated-statement|conflict-view|csv-download-button|note-inline|population-source|source-quote|titled-section|use-cluster-name|use-escape|use-view-description|use-active-filters|modal-dialog|dialog-button|copy-field|copy-text)\.tsx?$)/,
              minShareCount: 2,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // Reading the histories (every source at a date, what changed) serves only what loads with
            // history.json (src/data/history.ts's useHistoryLib, the changes panel): in 'shared' it
            // would load with the note's first view, which never uses it.
            {
              name: 'history',
              test: /[\\/]src[\\/](lib[\\/]history[\\/](changes|history-lib|presences-as-of|timeline)|model[\\/]history-cross-check)\.ts$/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // What only a pointer or an import needs on the map (the tooltips and choosers, the imported
            // presences' layers, aggregate pictures, the packed register): several lazy chunks share
            // them, so 'shared' would carry them into the first view.
            {
              name: 'map-lazy',
              test: /[\\/]src[\\/](map[\\/](presence-chooser|presence-tooltip|map-tooltip|aggregate-chooser|aggregate-tooltip|use-aggregate-images|styles[\\/]imported-points|layers[\\/]aggregated-point-layers)\.tsx?|lib[\\/](presence[\\/]aggregate-image|import[\\/]packed-presences)\.ts)$/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // The coverage analysis serves only lazily loaded chunks (its panel, its map layers, the
            // export's summary): in 'shared' it would load with the first view, which never uses it.
            {
              name: 'coverage',
              test: /[\\/]src[\\/](lib[\\/]coverage[\\/]|hooks[\\/]use-coverage-analysis\.ts$|map[\\/](styles[\\/]coverage-layers|layers[\\/]coverage-legend-rows)\.ts$)/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // Small modules shared by several chunks (icons, shared components) travel together:
            // a dozen sub-kilobyte files cost more in round trips than they save.
            // What several lazily loaded chunks share and the first view never imports: loaded with
            // the first of them, not with the first view (first-view-modules.ts reads the graph).
            {
              name: 'lazy-shared',
              test: firstView.lazyOnly,
              minShareCount: 2,
              priority: 1,
              includeDependenciesRecursively: false,
            },
            { name: 'shared', minShareCount: 2, maxModuleSize: 20_000, priority: 0 },
          ],
        },
      },
    },
  },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'geo/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
  },
});
