import type { Spread } from './stats';

export const BUDGET = {
  idleRatio: 1.25,
  extraInitialGzipBytes: 150_000,
  filterP95Ms: 50,
  filterP95Ms20k: 100,
  lighthousePerformance: 0.95,
  lighthouseAccessibility: 1,
} as const;

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
  filterMs: { p50: number; p95: number; samples: number };
  filterMs20k: { p50: number; p95: number; samples: number };
  filterP95Ms: number;
  filterP95Ms20k: number;
  lighthouse: {
    performance: number;
    accessibility: number;
    runs: { performance: number; accessibility: number }[];
  } | null;
  budget: typeof BUDGET;
  budgetMet: Record<string, boolean>;
}

export function checkBudget(r: BenchResult): Record<string, boolean> {
  return {
    idleRatio: r.idleRatio <= BUDGET.idleRatio,
    extraInitialGzipBytes: r.extraInitialGzipBytes <= BUDGET.extraInitialGzipBytes,
    filterP95Ms: r.filterP95Ms <= BUDGET.filterP95Ms,
    filterP95Ms20k: r.filterP95Ms20k <= BUDGET.filterP95Ms20k,
    ...(r.lighthouse && {
      lighthousePerformance: r.lighthouse.performance >= BUDGET.lighthousePerformance,
      lighthouseAccessibility: r.lighthouse.accessibility >= BUDGET.lighthouseAccessibility,
    }),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const range = (s: Spread) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const mark = (ok: boolean | undefined) => (ok === undefined ? ' ' : ok ? '✓' : '✗');

export function formatReport(r: BenchResult): string {
  const { app, baseline } = r.gzipBytes;
  const rows = [
    `Klyngekort bench — ${r.date}`,
    `machine: ${r.machine}; ${r.runs} alternating cold loads per page; medians (min–max)`,
    '',
    `                        app            baseline       ratio / extra`,
    `first map idle          ${range(r.idleMs.app).padEnd(15)}${range(r.idleMs.baseline).padEnd(15)}×${r.idleRatio.toFixed(2)} ${mark(r.budgetMet.idleRatio)} (≤ ${r.budget.idleRatio})`,
    `JS (gzip)               ${kb(app.js).padEnd(15)}${kb(baseline.js).padEnd(15)}+${kb(app.js - baseline.js)}`,
    `CSS (gzip)              ${kb(app.css).padEnd(15)}${kb(baseline.css).padEnd(15)}+${kb(app.css - baseline.css)}`,
    `data (gzip)             ${kb(app.data).padEnd(15)}${kb(baseline.data).padEnd(15)}+${kb(app.data - baseline.data)}`,
    `first view total (gzip) ${kb(app.total).padEnd(15)}${kb(baseline.total).padEnd(15)}+${kb(r.extraInitialGzipBytes)} ${mark(r.budgetMet.extraInitialGzipBytes)} (≤ +${kb(r.budget.extraInitialGzipBytes)})`,
    `lazily loaded panels    ${kb(r.lazyPanelGzipBytes).padEnd(15)}${''.padEnd(15)}(not counted)`,
    `JS heap after idle      ${kb(r.heapBytes.app).padEnd(15)}${kb(r.heapBytes.baseline).padEnd(15)}×${(r.heapBytes.app / r.heapBytes.baseline).toFixed(2)}`,
    '',
    `filter change → list + map idle, real data:   p50 ${ms(r.filterMs.p50)}, p95 ${ms(r.filterMs.p95)} ${mark(r.budgetMet.filterP95Ms)} (≤ ${r.budget.filterP95Ms} ms; n=${r.filterMs.samples})`,
    `filter change → list + map idle, 20 000:      p50 ${ms(r.filterMs20k.p50)}, p95 ${ms(r.filterMs20k.p95)} ${mark(r.budgetMet.filterP95Ms20k)} (≤ ${r.budget.filterP95Ms20k} ms; n=${r.filterMs20k.samples})`,
  ];
  if (r.lighthouse) {
    rows.push(
      `Lighthouse desktop (median of ${r.lighthouse.runs.length}): performance ${r.lighthouse.performance.toFixed(2)} ${mark(r.budgetMet.lighthousePerformance)}, accessibility ${r.lighthouse.accessibility.toFixed(2)} ${mark(r.budgetMet.lighthouseAccessibility)}`,
    );
  }
  return rows.join('\n') + '\n';
}
