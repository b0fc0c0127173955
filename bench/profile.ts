/**
 * npm run bench:profile [-- --count 20000] [-- --rounds 1]
 *
 * Where a filter change's time goes at many presences (`--count 0`: on the real data): builds the app
 * unminified (readable function names), gives it synthetic presences, clicks through the business areas as `npm run bench` does,
 * with V8's CPU profiler on, and prints the main thread's self time by script and by function.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findChromium, DEBIAN_CHROMIUM } from '../scripts/chromium-path.mjs';
import { buildApp, syntheticCopy } from './lib/builds';
import { serve } from './lib/static-server';
import { filterClicks, onReadyApp } from './lib/filter-latency';
import { formatProfile, profileWhile, summariseProfile } from './lib/cpu-profile';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const value = Number(args[args.indexOf(name) + 1]);
  return args.includes(name) && Number.isInteger(value) && value >= 0 ? value : fallback;
};
const count = option('--count', 20_000);
const rounds = option('--rounds', 1);
const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const APP = dir('./dist-profile/');
const SYNTHETIC = dir('./dist-profile-synthetic/');
const port = (Number(process.env.BENCH_PORT) || 4501) + 3;

process.stderr.write(
  `bench:profile: building unminified, ${count || 'the real'} ${count ? 'synthetic ' : ''}presences\n`,
);
buildApp(APP, { minify: false });
if (count) syntheticCopy(APP, SYNTHETIC, count);
const server = await serve(count ? SYNTHETIC : APP, port);
const browser = await chromium.launch({
  executablePath: findChromium() ?? DEBIAN_CHROMIUM,
  args: CHROMIUM_ARGS,
});
try {
  const { samples, profile } = await onReadyApp(browser, `http://127.0.0.1:${port}/`, async (page) => {
    let samples: number[] = [];
    const profile = await profileWhile(page, async () => {
      samples = await filterClicks(page, rounds);
    });
    return { samples, profile };
  });
  // Each click waits 300 ms on a settled map first: that wait is idle time, not the change's.
  const summary = summariseProfile(profile, 25);
  summary.idleMs -= samples.length * 300;
  summary.totalMs -= samples.length * 300;
  process.stdout.write(
    `filter change at ${count || 'the real'} presences: median ${median(samples).toFixed(0)} ms over ${samples.length} changes\n` +
      formatProfile(summary, samples.length) +
      '\n',
  );
} finally {
  await browser.close();
  server.close();
}
