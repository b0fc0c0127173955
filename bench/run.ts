/**
 * npm run bench [-- --json] [-- --runs 15] [-- --no-lighthouse] [-- --check]
 *
 * Builds the app and a bare MapLibre baseline page that draws the same base map, serves both, and
 * in headless Chromium alternates cold loads of each. Reports medians and spreads of time to first
 * map idle, gzip bytes of the first view and the JS heap, their ratios, the time of one map frame
 * of each page, filter-change latency on the real data and on 20 000 synthetic presences in frames
 * of the baseline map, a pan and a zoom at 20 000, the import of a 20 000-row member register (time to
 * ready, longest main-thread task), Lighthouse scores and blocking time of both pages, and the lazily
 * loaded chunks. Every goal but the import's longest task (an absolute 200 ms, issue 20) is a ratio to
 * the baseline in the same run, so `--check` holds on any machine, with or without a GPU.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findChromium, DEBIAN_CHROMIUM } from '../scripts/chromium-path.mjs';
import { serve } from './lib/static-server';
import { gzipSize, measureLoad, type LoadSample } from './lib/page-load';
import { lazyChunks, panelFiles } from './lib/panel-chunks';
import { measureFilterLatency } from './lib/filter-latency';
import { measureFrameMs, measureMoveMs } from './lib/frame-time';
import { measureImport } from './lib/import-register';
import { runLighthouse, SCORED_METRICS, type LighthouseScores, type ScoredMetric } from './lib/lighthouse';
import { buildApp, buildBaseline, syntheticCopy } from './lib/builds';
import { median, pairedRatios, quantile, spread } from './lib/stats';
import { BUDGET, checkBudget, formatReport, type BenchResult } from './lib/report';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const LIGHTHOUSE_RUNS = 5;
const lighthouse = !args.includes('--no-lighthouse');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const APP = dir('./dist-app/');
const APP_20K = dir('./dist-app-20k/');
const BASELINE = dir('./dist-baseline/');
const SYNTHETIC_COUNT = 20_000;

log('building the app and the baseline');
buildApp(APP);
buildBaseline();
syntheticCopy(APP, APP_20K, SYNTHETIC_COUNT);

// BENCH_PORT moves the three servers, so benches of several worktrees can share a machine.
const port = Number(process.env.BENCH_PORT) || 4501;
const servers = await Promise.all([serve(APP, port), serve(BASELINE, port + 1), serve(APP_20K, port + 2)]);
const [appUrl, baselineUrl, app20kUrl] = [0, 1, 2].map((i) => `http://127.0.0.1:${port + i}/`) as [
  string,
  string,
  string,
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
  log(`pan and zoom, ${SYNTHETIC_COUNT} synthetic presences`);
  const move20k = await measureMoveMs(browser, app20kUrl, '__klyngekortMap');
  log(`import of a ${SYNTHETIC_COUNT}-row member register`);
  const importSample = await measureImport(browser, appUrl, APP, SYNTHETIC_COUNT);
  const scores: LighthouseScores[] = [];
  const baselineScores: LighthouseScores[] = [];
  for (let i = 0; lighthouse && i < LIGHTHOUSE_RUNS; i++) {
    log(`lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}, app and baseline`);
    const order = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const which of order)
      if (which === 'app') scores.push(await runLighthouse(appUrl, chromePath));
      else baselineScores.push(await runLighthouse(baselineUrl, chromePath));
  }
  const lighthouseMedians = (runs: LighthouseScores[]) => ({
    performance: median(runs.map((s) => s.performance)),
    accessibility: median(runs.map((s) => s.accessibility)),
    totalBlockingMs: median(runs.map((s) => s.totalBlockingMs)),
    mainThreadMs: Object.fromEntries(
      [...new Set(runs.flatMap((s) => Object.keys(s.mainThreadMs)))].map((group) => [
        group,
        median(runs.map((s) => s.mainThreadMs[group] ?? 0)),
      ]),
    ),
    metrics: Object.fromEntries(
      (Object.keys(SCORED_METRICS) as ScoredMetric[]).flatMap((id) => {
        const measured = runs.flatMap((s) => s.metrics[id] ?? []);
        if (!measured.length) return [];
        return [
          [id, { value: median(measured.map((m) => m.value)), score: median(measured.map((m) => m.score)) }],
        ];
      }),
    ),
    runs: runs.map(({ performance, accessibility, totalBlockingMs }) => ({
      performance,
      accessibility,
      totalBlockingMs,
    })),
  });
  const latency = (samples: number[]) => ({
    p50: median(samples),
    p95: quantile(samples, 0.95),
    samples: samples.length,
  });

  const idle = { app: spread(app.map((s) => s.idleMs)), baseline: spread(baseline.map((s) => s.idleMs)) };
  const idleRatios = spread(
    pairedRatios(
      app.map((s) => s.idleMs),
      baseline.map((s) => s.idleMs),
    ),
  );
  const frameMs = { app: median(frames.app), baseline: median(frames.baseline) };
  const lighthouseApp = scores.length ? lighthouseMedians(scores) : null;
  const lighthouseBaseline = baselineScores.length ? lighthouseMedians(baselineScores) : null;
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
    idleRatio: idleRatios.median,
    idleRatioSpread: idleRatios,
    gzipBytes: { app: bytes(app), baseline: bytes(baseline) },
    extraInitialGzipBytes: bytes(app).total - bytes(baseline).total,
    lazyPanelGzipBytes: median(app.map((s) => s.panelGzipBytes)),
    // A dynamic import the first view makes at once (MapLibre, its locale) is not lazy.
    lazyChunks: lazyChunks(APP)
      .filter((c) => !app.some((s) => s.firstViewPaths.includes(c.file)))
      .map((c) => ({ ...c, gzipBytes: gzipSize(APP, c.file) })),
    heapBytes: {
      app: median(app.map((s) => s.heapBytes)),
      baseline: median(baseline.map((s) => s.heapBytes)),
    },
    shaderMs: { app: median(app.map((s) => s.shaderMs)), baseline: median(baseline.map((s) => s.shaderMs)) },
    frameMs,
    filterMs: latency(filterReal),
    filterMs20k: latency(filter20k),
    filterP95Ms: quantile(filterReal, 0.95),
    filterP95Ms20k: quantile(filter20k, 0.95),
    filterP95Frames: quantile(filterReal, 0.95) / frameMs.baseline,
    filterP95Frames20k: quantile(filter20k, 0.95) / frameMs.baseline,
    import: importSample,
    moveMs20k: { pan: latency(move20k.pan), zoom: latency(move20k.zoom) },
    lighthouse: lighthouseApp,
    lighthouseBaseline,
    lighthouseRatio:
      lighthouseApp && lighthouseBaseline ? lighthouseApp.performance / lighthouseBaseline.performance : null,
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
