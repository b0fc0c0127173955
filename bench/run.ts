/**
 * npm run bench [-- --json] [-- --runs 7] [-- --no-lighthouse] [-- --check]
 *
 * Builds the app and a bare MapLibre baseline page that draws the same base map, serves both, and
 * in headless Chromium alternates cold loads of each. Reports medians and spreads of time to first
 * map idle, gzip bytes of the first view and the JS heap, their ratios, the time of one map frame
 * (the floor under the map timings), filter-change latency on the real data and on 20 000 synthetic
 * presences, the import of a 20 000-row member register (time to ready, longest main-thread task),
 * and Lighthouse scores. Nothing here is a timed test: compare figures from one run,
 * side by side.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findChromium, DEBIAN_CHROMIUM } from '../scripts/chromium-path.mjs';
import { serve } from './lib/static-server';
import { measureLoad, type LoadSample } from './lib/page-load';
import { panelFiles } from './lib/panel-chunks';
import { measureFilterLatency } from './lib/filter-latency';
import { measureFrameMs } from './lib/frame-time';
import { measureImport } from './lib/import-register';
import { runLighthouse, type LighthouseScores } from './lib/lighthouse';
import { syntheticDataset } from './lib/synthetic-dataset';
import { median, quantile, spread } from './lib/stats';
import { BUDGET, checkBudget, formatReport, type BenchResult } from './lib/report';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const lighthouse = !args.includes('--no-lighthouse');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const APP = dir('./dist-app/');
const APP_20K = dir('./dist-app-20k/');
const BASELINE = dir('./dist-baseline/');
const SYNTHETIC_COUNT = 20_000;

log('building the app and the baseline');
execSync(`npx vite build --outDir ${APP} --emptyOutDir --logLevel warn`, {
  stdio: ['ignore', 'ignore', 'inherit'],
});
execSync('npx vite build -c bench/vite.baseline.config.ts --logLevel warn', {
  stdio: ['ignore', 'ignore', 'inherit'],
});
rmSync(APP_20K, { recursive: true, force: true });
cpSync(APP, APP_20K, { recursive: true });
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
writeFileSync(
  `${APP_20K}data/dataset.json`,
  JSON.stringify(
    syntheticDataset(
      read(`${APP}data/dataset.json`) as never,
      read(`${APP}geo/denmark.topo.json`),
      SYNTHETIC_COUNT,
    ),
  ),
);

const servers = await Promise.all([serve(APP, 4501), serve(BASELINE, 4502), serve(APP_20K, 4503)]);
const [appUrl, baselineUrl, app20kUrl] = [
  'http://127.0.0.1:4501/',
  'http://127.0.0.1:4502/',
  'http://127.0.0.1:4503/',
];
const chromePath = findChromium() ?? DEBIAN_CHROMIUM;
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
const panels = panelFiles(APP);

try {
  const app: LoadSample[] = [];
  const baseline: LoadSample[] = [];
  for (let i = 0; i < runs; i++) {
    log(`cold loads ${i + 1}/${runs}`);
    // Alternate the order so neither page always runs on a warmer machine.
    const order = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const which of order) {
      if (which === 'app') app.push(await measureLoad(browser, appUrl, APP, panels));
      else baseline.push(await measureLoad(browser, baselineUrl, BASELINE));
    }
  }
  log('one map frame, app and baseline');
  const frames = { app: [] as number[], baseline: [] as number[] };
  const framePages = { app: [appUrl, '__klyngekortMap'], baseline: [baselineUrl, '__baselineMap'] } as const;
  // Alternating, as the cold loads do.
  for (const which of ['app', 'baseline', 'baseline', 'app'] as const) {
    const [url, handle] = framePages[which];
    frames[which].push(...(await measureFrameMs(browser, url, handle)));
  }
  log('filter latency, real data');
  const filterReal = await measureFilterLatency(browser, appUrl, 2);
  log(`filter latency, ${SYNTHETIC_COUNT} synthetic presences`);
  const filter20k = await measureFilterLatency(browser, app20kUrl, 2);
  log(`import of a ${SYNTHETIC_COUNT}-row member register`);
  const importSample = await measureImport(browser, appUrl, APP, SYNTHETIC_COUNT);
  // The baseline's scores too: they show what software WebGL leaves for any MapLibre page here.
  const scores: LighthouseScores[] = [];
  const baselineScores: LighthouseScores[] = [];
  for (let i = 0; lighthouse && i < 3; i++) {
    log(`lighthouse ${i + 1}/3, app and baseline`);
    scores.push(await runLighthouse(appUrl, chromePath));
    baselineScores.push(await runLighthouse(baselineUrl, chromePath));
  }
  const lighthouseMedians = (runs: LighthouseScores[]) => ({
    performance: median(runs.map((s) => s.performance)),
    accessibility: median(runs.map((s) => s.accessibility)),
    runs,
  });

  const idle = { app: spread(app.map((s) => s.idleMs)), baseline: spread(baseline.map((s) => s.idleMs)) };
  const bytes = (samples: LoadSample[]) => ({
    js: median(samples.map((s) => s.gzipBytes.js)),
    css: median(samples.map((s) => s.gzipBytes.css)),
    data: median(samples.map((s) => s.gzipBytes.data)),
    total: median(samples.map((s) => s.gzipBytes.total)),
  });
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    runs,
    idleMs: idle,
    idleRatio: idle.app.median / idle.baseline.median,
    gzipBytes: { app: bytes(app), baseline: bytes(baseline) },
    extraInitialGzipBytes: bytes(app).total - bytes(baseline).total,
    lazyPanelGzipBytes: median(app.map((s) => s.panelGzipBytes)),
    heapBytes: {
      app: median(app.map((s) => s.heapBytes)),
      baseline: median(baseline.map((s) => s.heapBytes)),
    },
    frameMs: { app: median(frames.app), baseline: median(frames.baseline) },
    filterMs: { p50: median(filterReal), p95: quantile(filterReal, 0.95), samples: filterReal.length },
    filterMs20k: { p50: median(filter20k), p95: quantile(filter20k, 0.95), samples: filter20k.length },
    filterP95Ms: quantile(filterReal, 0.95),
    filterP95Ms20k: quantile(filter20k, 0.95),
    import: importSample,
    lighthouse: scores.length ? lighthouseMedians(scores) : null,
    lighthouseBaseline: baselineScores.length ? lighthouseMedians(baselineScores) : null,
    budget: BUDGET,
    budgetMet: {},
  };
  result.budgetMet = checkBudget(result);
  mkdirSync(dir('./results/'), { recursive: true });
  writeFileSync(dir('./results/latest.json'), JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatReport(result));
  if (args.includes('--check') && Object.values(result.budgetMet).includes(false)) process.exitCode = 1;
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
