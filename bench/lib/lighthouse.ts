/** Lighthouse (desktop preset) performance and accessibility scores, run from its CLI. */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
}

/** One retry: a headless Chromium now and then closes its target at the first navigation. */
export function runLighthouse(url: string, chromePath: string): LighthouseScores {
  try {
    return runLighthouseOnce(url, chromePath);
  } catch {
    return runLighthouseOnce(url, chromePath);
  }
}

function runLighthouseOnce(url: string, chromePath: string): LighthouseScores {
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
  execFileSync(
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
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
  };
  rmSync(output, { force: true });
  return {
    performance: report.categories.performance?.score ?? NaN,
    accessibility: report.categories.accessibility?.score ?? NaN,
  };
}
