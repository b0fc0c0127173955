/**
 * Filter-change latency in the real UI: from a click on a business-area checkbox until the filter
 * summary and the presence list show the new count and the map has drawn it (next idle). Measured
 * inside the page, each click from a settled map (300 ms after the previous idle).
 */
import type { Browser, Page } from '@playwright/test';
import { BUSINESS_AREAS } from '../../src/model/schema';

export async function measureFilterLatency(browser: Browser, url: string, rounds: number): Promise<number[]> {
  return onReadyApp(browser, url, (page) => filterClicks(page, rounds));
}

/** Opens the app with its test hook and waits for the map and the list before `measure`. */
export async function onReadyApp<T>(
  browser: Browser,
  url: string,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    (window as unknown as { __KLYNGEKORT_TEST__: boolean }).__KLYNGEKORT_TEST__ = true;
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-visible-count]').first().waitFor();
  try {
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** Ticks and unticks every business area `rounds` times; one latency per click. */
export async function filterClicks(page: Page, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const area of BUSINESS_AREAS) {
      const box = page.getByRole('checkbox', { name: new RegExp(`^${escape(area.da)}\\b`) }).first();
      const handle = await box.elementHandle();
      // Tick, then untick: both directions are filter changes a user makes.
      for (let flip = 0; flip < 2; flip++) samples.push(await page.evaluate(clickAndWait, handle));
    }
  }
  return samples;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Written as source text: tsx decorates real functions with a `__name` helper the page lacks.
const clickAndWait = new Function(
  'box',
  `return (async () => {
    const map = window.__klyngekortMap;
    const counter = document.querySelector('[data-visible-count]');
    if (!box || !map || !counter) throw new Error('filter checkbox, map or visible count not found');
    // Start from a settled map, as a user's next click does: the moment idle fires the GPU process
    // may still be drawing the last frame, and that tail would be counted against this change.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = counter.dataset.visibleCount;
    const idle = new Promise((resolve) => {
      map.once('idle', resolve);
      setTimeout(resolve, 5000); // a change that redraws nothing never fires idle
    });
    const start = performance.now();
    box.click();
    // The summary's count and the list's own: both must show the change, whatever renders first.
    const listed = () => document.querySelector('[data-listed-count]')?.dataset.listedCount ?? counter.dataset.visibleCount;
    await new Promise((resolve) => {
      const check = () =>
        counter.dataset.visibleCount !== before && listed() === counter.dataset.visibleCount
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    await idle;
    return performance.now() - start;
  })()`,
) as (box: unknown) => Promise<number>;
