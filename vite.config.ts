import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './csp.config.ts';
import { datasetDigest } from './scripts/vite/dataset-digest.ts';
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

export default defineConfig({
  plugins: [
    react(),
    maplibreSubset(),
    tailwindcss(),
    contentSecurityPolicy(),
    preloadFirstView({ dataUrl: process.env.VITE_DATA_URL }),
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
            // Strings of lazily loaded features (src/i18n/namespaces/) go with those features; in
            // 'shared' they would be back in the first view.
            {
              name: 'panel-strings',
              test: /[\\/]src[\\/]i18n[\\/](namespaces[\\/]|locales[\\/]\w+[\\/](cluster|coverage|export|import|overview|reader|search|source)\.json$)/,
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
            { name: 'shared', minShareCount: 2, maxModuleSize: 20_000, priority: 1 },
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
