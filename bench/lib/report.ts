import type { Spread } from './stats';
import type { ImportSample } from './import-register';
import { SCORED_METRICS, type LighthouseScores, type ScoredMetric } from './lighthouse';

/**
 * The goals, all relative to the baseline page measured in the same run, so they hold on any
 * machine, with or without a GPU (issue 18). Frames are the baseline map's own repaint time.
 */
export const BUDGET = {
  idleRatio: 1.1,
  extraInitialGzipBytes: 150_000,
  filterP95Frames: 2,
  filterP95Frames20k: 3,
  /** The longest the page may freeze while a register is imported (one main-thread task). */
  importLongestTaskMs: 200,
  lighthouseRatio: 0.95,
  lighthouseAccessibility: 1,
} as const;

/** The main-thread groups of Lighthouse's `mainthread-work-breakdown` audit the report shows, in order. */
export const MAIN_THREAD_GROUPS = {
  scriptEvaluation: 'script evaluation',
  scriptParseCompile: 'script parse/compile',
  styleLayout: 'style & layout',
  paintCompositeRender: 'paint/composite',
  garbageCollection: 'garbage collection',
  other: 'other',
} as const;

export interface LighthouseMedians {
  performance: number;
  accessibility: number;
  totalBlockingMs: number;
  mainThreadMs: Record<string, number>;
  /** Medians of each scored metric's value and score (lighthouse.ts, SCORED_METRICS). */
  metrics?: LighthouseScores['metrics'];
  runs: { performance: number; accessibility: number; totalBlockingMs: number }[];
}

interface Bytes {
  js: number;
  css: number;
  data: number;
  total: number;
}

interface Latency {
  p50: number;
  p95: number;
  samples: number;
}

export interface BenchResult {
  date: string;
  machine: string;
  runs: number;
  idleMs: { app: Spread; baseline: Spread };
  /** Median of each round's app ÷ baseline first idle (the two loaded back to back). */
  idleRatio: number;
  /** The spread of those per-round ratios. */
  idleRatioSpread: Spread;
  gzipBytes: { app: Bytes; baseline: Bytes };
  extraInitialGzipBytes: number;
  /** Panel chunks (src/features/*, loaded lazily beside the map) fetched before the first idle; not in the budget. */
  lazyPanelGzipBytes: number;
  /** Every chunk only a dynamic import loads, with the module that loads it. */
  lazyChunks: { file: string; entry: string; gzipBytes: number }[];
  heapBytes: { app: number; baseline: number };
  /** Median milliseconds in WebGL shader compile/link calls during a cold load. */
  shaderMs: { app: number; baseline: number };
  /** One repaint of the drawn map, triggerRepaint() → idle, median: the floor under the map timings. */
  frameMs: { app: number; baseline: number };
  filterMs: Latency;
  filterMs20k: Latency;
  filterP95Ms: number;
  filterP95Ms20k: number;
  /** The p95 filter latencies in frames of the baseline map (frameMs.baseline). */
  filterP95Frames: number;
  filterP95Frames20k: number;
  /** A 100 px pan and a 0.5 zoom step until idle, at 20 000 presences. */
  moveMs20k: { pan: Latency; zoom: Latency };
  /** A member register imported through the UI: file picked → rows added, kept and drawn. */
  import?: ImportSample;
  lighthouse: LighthouseMedians | null;
  /** The bare MapLibre page's Lighthouse figures, interleaved with the app's. */
  lighthouseBaseline?: LighthouseMedians | null;
  /** App ÷ baseline Lighthouse performance score (medians). */
  lighthouseRatio: number | null;
  budget: typeof BUDGET;
  budgetMet: Record<string, boolean>;
}

export function checkBudget(r: BenchResult): Record<string, boolean> {
  return {
    idleRatio: r.idleRatio <= BUDGET.idleRatio,
    extraInitialGzipBytes: r.extraInitialGzipBytes <= BUDGET.extraInitialGzipBytes,
    filterP95Frames: r.filterP95Frames <= BUDGET.filterP95Frames,
    filterP95Frames20k: r.filterP95Frames20k <= BUDGET.filterP95Frames20k,
    ...(r.import && { importLongestTaskMs: r.import.longestTaskMs <= BUDGET.importLongestTaskMs }),
    ...(r.lighthouse &&
      r.lighthouseRatio !== null && {
        lighthouseRatio: r.lighthouseRatio >= BUDGET.lighthouseRatio,
        lighthouseAccessibility: r.lighthouse.accessibility >= BUDGET.lighthouseAccessibility,
      }),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
/** The median with the spread after it, one unit for all three so it fits a column. */
const range = (s: Spread) => `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
/** A difference with its sign, so a smaller app figure reads as one. */
const plus = (text: string) => (text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`);
const mark = (ok: boolean | undefined) => (ok === undefined ? ' ' : ok ? '✓' : '✗');

/** A time as a number of map frames (one repaint each). */
export function inFrames(value: number, frameMs: number): string {
  if (!(frameMs > 0)) return '? frames';
  const frames = value / frameMs;
  return `${frames.toFixed(1)} frame${frames.toFixed(1) === '1.0' ? '' : 's'}`;
}

const LABEL = 24;
const COLUMN = 24;
/** A cell of a column; a value too long for it still keeps a space before the next column. */
const cell = (text: string) => `${text.padEnd(COLUMN - 1)} `;
const row = (label: string, app: string, baseline: string, rest: string) =>
  `${label.padEnd(LABEL)}${cell(app)}${cell(baseline)}${rest}`.trimEnd();

export function formatReport(r: BenchResult): string {
  const { app, baseline } = r.gzipBytes;
  const frames = (value: number) => inFrames(value, r.frameMs.baseline);
  const latency = (which: Latency) =>
    `p50 ${ms(which.p50)} (${frames(which.p50)}), p95 ${ms(which.p95)} (${frames(which.p95)})`;
  const ratios = r.idleRatioSpread;
  const rows = [
    `Klyngekort bench — ${r.date}`,
    `machine: ${r.machine}; ${r.runs} interleaved cold loads per page; medians (min–max)`,
    '',
    row('', 'app', 'baseline', 'ratio / extra'),
    row(
      'first map idle',
      range(r.idleMs.app),
      range(r.idleMs.baseline),
      `×${r.idleRatio.toFixed(2)} ${mark(r.budgetMet.idleRatio)} (≤ ${r.budget.idleRatio}; per round ${ratios.p25.toFixed(2)}–${ratios.p75.toFixed(2)} IQR, ${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)})`,
    ),
    row('JS (gzip)', kb(app.js), kb(baseline.js), plus(kb(app.js - baseline.js))),
    row('CSS (gzip)', kb(app.css), kb(baseline.css), plus(kb(app.css - baseline.css))),
    row('data (gzip)', kb(app.data), kb(baseline.data), plus(kb(app.data - baseline.data))),
    row(
      'first view total (gzip)',
      kb(app.total),
      kb(baseline.total),
      `${plus(kb(r.extraInitialGzipBytes))} ${mark(r.budgetMet.extraInitialGzipBytes)} (≤ +${kb(r.budget.extraInitialGzipBytes)})`,
    ),
    row('panels before idle', kb(r.lazyPanelGzipBytes), '', '(lazy, not counted)'),
    row(
      'JS heap after idle',
      kb(r.heapBytes.app),
      kb(r.heapBytes.baseline),
      `×${(r.heapBytes.app / r.heapBytes.baseline).toFixed(2)}`,
    ),
    row('shader programs', ms(r.shaderMs.app), ms(r.shaderMs.baseline), '(compile + link calls, cold load)'),
    row(
      'one map frame',
      ms(r.frameMs.app),
      ms(r.frameMs.baseline),
      `×${(r.frameMs.app / r.frameMs.baseline).toFixed(2)} (triggerRepaint → idle)`,
    ),
    '',
    `frames below are the baseline map's, ${ms(r.frameMs.baseline)} each; no change can reach idle in less than one`,
    `filter change → list + map idle, real data: ${latency(r.filterMs)} ${mark(r.budgetMet.filterP95Frames)} (p95 ≤ ${r.budget.filterP95Frames} frames; n=${r.filterMs.samples})`,
    `filter change → list + map idle, 20 000:    ${latency(r.filterMs20k)} ${mark(r.budgetMet.filterP95Frames20k)} (p95 ≤ ${r.budget.filterP95Frames20k} frames; n=${r.filterMs20k.samples})`,
    `pan 100 px → idle, 20 000:                  ${latency(r.moveMs20k.pan)}`,
    `zoom ±0.5 → idle, 20 000:                   ${latency(r.moveMs20k.zoom)}`,
    ...(r.import
      ? [
          `import of a ${r.import.rows}-row register → ready: ${ms(r.import.readyMs)}; longest main-thread task ${ms(r.import.longestTaskMs)} ${mark(r.budgetMet.importLongestTaskMs)} (≤ ${r.budget.importLongestTaskMs} ms; ${r.import.longTasks} tasks over 50 ms)`,
        ]
      : []),
  ];
  if (r.lighthouse && r.lighthouseBaseline)
    rows.push('', ...lighthouseRows(r, r.lighthouse, r.lighthouseBaseline));
  rows.push(
    '',
    `lazily loaded chunks (gzip), ${kb(r.lazyChunks.reduce((sum, c) => sum + c.gzipBytes, 0))} in all:`,
  );
  for (const chunk of r.lazyChunks)
    rows.push(`  ${kb(chunk.gzipBytes).padStart(9)}  ${chunk.file}  ← ${chunk.entry}`);
  return rows.join('\n') + '\n';
}

function lighthouseRows(r: BenchResult, app: LighthouseMedians, baseline: LighthouseMedians): string[] {
  const ratio = r.lighthouseRatio ?? NaN;
  return [
    `Lighthouse desktop, median of ${app.runs.length} interleaved runs`,
    row('', 'app', 'baseline', 'ratio / extra'),
    row(
      'performance',
      app.performance.toFixed(2),
      baseline.performance.toFixed(2),
      `×${ratio.toFixed(2)} ${mark(r.budgetMet.lighthouseRatio)} (≥ ${r.budget.lighthouseRatio})`,
    ),
    row(
      'accessibility',
      app.accessibility.toFixed(2),
      baseline.accessibility.toFixed(2),
      `${mark(r.budgetMet.lighthouseAccessibility)} (≥ ${r.budget.lighthouseAccessibility})`,
    ),
    row(
      'total blocking time',
      ms(app.totalBlockingMs),
      ms(baseline.totalBlockingMs),
      plus(ms(app.totalBlockingMs - baseline.totalBlockingMs)),
    ),
    'what the performance score is made of (value, and its score):',
    ...(Object.keys(SCORED_METRICS) as ScoredMetric[]).map((id) => {
      const { label, weight, unit } = SCORED_METRICS[id];
      const part = (m: { value: number; score: number } | undefined) =>
        m ? `${unit ? ms(m.value) : m.value.toFixed(3)} (${m.score.toFixed(2)})` : '–';
      return row(
        `  ${label} (${Math.round(weight * 100)} %)`,
        part(app.metrics?.[id]),
        part(baseline.metrics?.[id]),
        '',
      );
    }),
    'main thread (mainthread-work-breakdown):',
    ...Object.entries(MAIN_THREAD_GROUPS).map(([group, label]) => {
      const [a, b] = [app.mainThreadMs[group] ?? 0, baseline.mainThreadMs[group] ?? 0];
      return row(`  ${label}`, ms(a), ms(b), plus(ms(a - b)));
    }),
  ];
}
