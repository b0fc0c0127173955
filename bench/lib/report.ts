import type { Spread } from './stats';
import type { ImportSample } from './import-register';

export const BUDGET = {
  idleRatio: 1.25,
  extraInitialGzipBytes: 150_000,
  filterP95Ms: 50,
  filterP95Ms20k: 100,
  /** The longest the page may freeze while a register is imported (one main-thread task). */
  importLongestTaskMs: 200,
  lighthousePerformance: 0.95,
  lighthouseAccessibility: 1,
} as const;

interface LighthouseMedians {
  performance: number;
  accessibility: number;
  runs: { performance: number; accessibility: number }[];
}

interface Bytes {
  js: number;
  css: number;
  data: number;
  total: number;
}

export interface BenchResult {
  date: string;
  machine: string;
  runs: number;
  idleMs: { app: Spread; baseline: Spread };
  idleRatio: number;
  gzipBytes: { app: Bytes; baseline: Bytes };
  extraInitialGzipBytes: number;
  /** Panel chunks (src/features/*, loaded lazily beside the map) fetched before the first idle; not in the budget. */
  lazyPanelGzipBytes: number;
  heapBytes: { app: number; baseline: number };
  /** One repaint of the drawn map, triggerRepaint() → idle, median: the floor under the map timings. */
  frameMs: { app: number; baseline: number };
  filterMs: { p50: number; p95: number; samples: number };
  filterMs20k: { p50: number; p95: number; samples: number };
  filterP95Ms: number;
  filterP95Ms20k: number;
  /** A member register imported through the UI: file picked → rows added, kept and drawn. */
  import?: ImportSample;
  lighthouse: LighthouseMedians | null;
  /** The bare MapLibre page's scores on the same machine: the floor, not in the budget. */
  lighthouseBaseline?: LighthouseMedians | null;
  budget: typeof BUDGET;
  budgetMet: Record<string, boolean>;
}

export function checkBudget(r: BenchResult): Record<string, boolean> {
  return {
    idleRatio: r.idleRatio <= BUDGET.idleRatio,
    extraInitialGzipBytes: r.extraInitialGzipBytes <= BUDGET.extraInitialGzipBytes,
    filterP95Ms: r.filterP95Ms <= BUDGET.filterP95Ms,
    filterP95Ms20k: r.filterP95Ms20k <= BUDGET.filterP95Ms20k,
    ...(r.import && { importLongestTaskMs: r.import.longestTaskMs <= BUDGET.importLongestTaskMs }),
    ...(r.lighthouse && {
      lighthousePerformance: r.lighthouse.performance >= BUDGET.lighthousePerformance,
      lighthouseAccessibility: r.lighthouse.accessibility >= BUDGET.lighthouseAccessibility,
    }),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
/** The median with the spread after it, one unit for all three so it fits a column. */
const range = (s: Spread) => `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const mark = (ok: boolean | undefined) => (ok === undefined ? ' ' : ok ? '✓' : '✗');

/** A time as a number of the app's map frames (one repaint each). */
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
  const frames = (value: number) => inFrames(value, r.frameMs.app);
  const filter = (which: { p50: number; p95: number; samples: number }) =>
    `p50 ${ms(which.p50)} (${frames(which.p50)}), p95 ${ms(which.p95)} (${frames(which.p95)})`;
  const rows = [
    `Klyngekort bench — ${r.date}`,
    `machine: ${r.machine}; ${r.runs} alternating cold loads per page; medians (min–max)`,
    '',
    row('', 'app', 'baseline', 'ratio / extra'),
    row(
      'first map idle',
      range(r.idleMs.app),
      range(r.idleMs.baseline),
      `×${r.idleRatio.toFixed(2)} ${mark(r.budgetMet.idleRatio)} (≤ ${r.budget.idleRatio})`,
    ),
    row('JS (gzip)', kb(app.js), kb(baseline.js), `+${kb(app.js - baseline.js)}`),
    row('CSS (gzip)', kb(app.css), kb(baseline.css), `+${kb(app.css - baseline.css)}`),
    row('data (gzip)', kb(app.data), kb(baseline.data), `+${kb(app.data - baseline.data)}`),
    row(
      'first view total (gzip)',
      kb(app.total),
      kb(baseline.total),
      `+${kb(r.extraInitialGzipBytes)} ${mark(r.budgetMet.extraInitialGzipBytes)} (≤ +${kb(r.budget.extraInitialGzipBytes)})`,
    ),
    row('lazily loaded panels', kb(r.lazyPanelGzipBytes), '', '(not counted)'),
    row(
      'JS heap after idle',
      kb(r.heapBytes.app),
      kb(r.heapBytes.baseline),
      `×${(r.heapBytes.app / r.heapBytes.baseline).toFixed(2)}`,
    ),
    row(
      'one map frame',
      ms(r.frameMs.app),
      ms(r.frameMs.baseline),
      `×${(r.frameMs.app / r.frameMs.baseline).toFixed(2)} (triggerRepaint → idle; software GL)`,
    ),
    '',
    `filter change → list + map idle, real data:   ${filter(r.filterMs)} ${mark(r.budgetMet.filterP95Ms)} (≤ ${r.budget.filterP95Ms} ms; n=${r.filterMs.samples})`,
    `filter change → list + map idle, 20 000:      ${filter(r.filterMs20k)} ${mark(r.budgetMet.filterP95Ms20k)} (≤ ${r.budget.filterP95Ms20k} ms; n=${r.filterMs20k.samples})`,
    ...(r.import
      ? [
          `import of a ${r.import.rows}-row register → ready: ${ms(r.import.readyMs)}; longest main-thread task ${ms(r.import.longestTaskMs)} ${mark(r.budgetMet.importLongestTaskMs)} (≤ ${r.budget.importLongestTaskMs} ms; ${r.import.longTasks} tasks over 50 ms)`,
        ]
      : []),
    `  (frames: of the app's map, ${ms(r.frameMs.app)} each; no change can reach idle in less than one)`,
  ];
  if (r.lighthouse) {
    rows.push(
      `Lighthouse desktop (median of ${r.lighthouse.runs.length}): performance ${r.lighthouse.performance.toFixed(2)} ${mark(r.budgetMet.lighthousePerformance)}, accessibility ${r.lighthouse.accessibility.toFixed(2)} ${mark(r.budgetMet.lighthouseAccessibility)}`,
    );
    if (r.lighthouseBaseline)
      rows.push(
        `  baseline page, same runs: performance ${r.lighthouseBaseline.performance.toFixed(2)}, accessibility ${r.lighthouseBaseline.accessibility.toFixed(2)}`,
      );
  }
  return rows.join('\n') + '\n';
}
