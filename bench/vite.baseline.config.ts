import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

/** Builds bench/baseline into bench/dist-baseline, serving the same public/ files as the app. */
export default defineConfig({
  root: fileURLToPath(new URL('./baseline', import.meta.url)),
  publicDir: fileURLToPath(new URL('../public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist-baseline', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  logLevel: 'warn',
});
