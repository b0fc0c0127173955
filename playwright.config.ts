import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.mjs';

// Several people can run e2e side by side: each picks a port, a build folder and an output folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const OUTPUT = process.env.E2E_OUTPUT ?? 'test-results';
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** SwiftShader gives headless Chromium WebGL 2; the rest keeps a closed network quiet. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-domain-reliability',
];

export default defineConfig({
  testDir: 'e2e',
  outputDir: `${OUTPUT}/artifacts`,
  fullyParallel: true,
  // Two at least, as in CI: Playwright's own default is half the cores, one browser on a two-core
  // machine, and the tests spend much of their time waiting on a map, which a second browser overlaps.
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // Goldens live beside the specs, one per view and language (e2e/golden.spec.ts), on every platform.
  snapshotPathTemplate: '{testDir}/goldens/{arg}{ext}',
  reporter: [['list'], ['html', { open: 'never', outputFolder: `${OUTPUT}/report` }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
