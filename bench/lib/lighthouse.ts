/**
 * Lighthouse (desktop preset) performance and accessibility scores, run from its CLI, with the total
 * blocking time and where the main thread spent its time (the `mainthread-work-breakdown` audit's
 * groups: script evaluation, style and layout, rendering, …), the gap between two pages' scores.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * The metrics the performance score is made of, by audit id, with their weights in Lighthouse 10 and
 * later: a page's score is their scores' weighted mean, so these say where a gap between two comes from.
 */
export const SCORED_METRICS = {
  'first-contentful-paint': { label: 'FCP', weight: 0.1, unit: 'ms' },
  'speed-index': { label: 'speed index', weight: 0.1, unit: 'ms' },
  'largest-contentful-paint': { label: 'LCP', weight: 0.25, unit: 'ms' },
  'total-blocking-time': { label: 'TBT', weight: 0.3, unit: 'ms' },
  'cumulative-layout-shift': { label: 'CLS', weight: 0.25, unit: '' },
} as const;

export type ScoredMetric = keyof typeof SCORED_METRICS;

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  totalBlockingMs: number;
  /** Main-thread milliseconds by Lighthouse's group id (scriptEvaluation, styleLayout, …). */
  mainThreadMs: Record<string, number>;
  /** Each scored metric's value (ms, or the layout shift's unitless sum) and its own score (0–1). */
  metrics: Partial<Record<ScoredMetric, { value: number; score: number }>>;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      score?: number | null;
      details?: { items?: { group?: string; duration?: number }[] };
    }
  >;
}

/** The scores and the blocking time of a Lighthouse JSON report. */
export function readScores(report: Report): LighthouseScores {
  const mainThreadMs: Record<string, number> = {};
  for (const item of report.audits['mainthread-work-breakdown']?.details?.items ?? [])
    if (item.group) mainThreadMs[item.group] = (mainThreadMs[item.group] ?? 0) + (item.duration ?? 0);
  const metrics: LighthouseScores['metrics'] = {};
  for (const id of Object.keys(SCORED_METRICS) as ScoredMetric[]) {
    const audit = report.audits[id];
    if (audit?.numericValue !== undefined)
      metrics[id] = { value: audit.numericValue, score: audit.score ?? NaN };
  }
  return {
    performance: report.categories.performance?.score ?? NaN,
    accessibility: report.categories.accessibility?.score ?? NaN,
    totalBlockingMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    mainThreadMs,
    metrics,
  };
}

/**
 * Asynchronous, because the pages are served from this process: a blocking call would leave
 * Lighthouse's Chromium waiting on a server that cannot answer. One retry for a flaky first navigation.
 */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseScores> {
  try {
    return await runLighthouseOnce(url, chromePath);
  } catch {
    return runLighthouseOnce(url, chromePath);
  }
}

async function runLighthouseOnce(url: string, chromePath: string): Promise<LighthouseScores> {
  const output = join(tmpdir(), `klyngekort-lh-${process.pid}-${Date.now()}.json`);
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ].join(' ');
  await promisify(execFile)(
    'npx',
    [
      'lighthouse',
      url,
      '--preset=desktop',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      `--chrome-flags=${flags}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 2 ** 20 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
  rmSync(output, { force: true });
  return readScores(report);
}
