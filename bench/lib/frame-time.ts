/**
 * The floor under the map timings: how long one repaint of an already drawn map takes, from
 * `triggerRepaint()` to the next `idle`, after the page's first idle. Headless Chromium draws with
 * SwiftShader (software GL), where one frame costs tens of milliseconds, so a filter change can
 * never reach idle in less than a frame; the report gives the filter latency in these frames too.
 */
import type { Browser } from '@playwright/test';
import { FIRST_IDLE_MARK } from '../../src/map/first-idle-mark';

/** The window property each page keeps its MapLibre map in (the app only when a test asks). */
export type MapHandle = '__klyngekortMap' | '__baselineMap';

/** Repaints before the counted ones: the app may still be loading its panels just after first idle. */
const WARM_UP = 2;

export async function measureFrameMs(
  browser: Browser,
  url: string,
  handle: MapHandle,
  repaints = 15,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    (window as unknown as { __KLYNGEKORT_TEST__: boolean }).__KLYNGEKORT_TEST__ = true;
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_IDLE_MARK, {
    timeout: 60_000,
  });
  const samples = await page.evaluate(repaintTimes, { handle, repaints, warmUp: WARM_UP });
  await context.close();
  return samples;
}

// Written as source text: tsx decorates real functions with a `__name` helper the page lacks.
const repaintTimes = new Function(
  'options',
  `return (async () => {
    const map = window[options.handle];
    if (!map) throw new Error('map handle ' + options.handle + ' not found');
    const samples = [];
    for (let i = 0; i < options.warmUp + options.repaints; i++) {
      const start = performance.now();
      await new Promise((resolve) => {
        map.once('idle', resolve);
        map.triggerRepaint();
      });
      if (i >= options.warmUp) samples.push(performance.now() - start);
    }
    return samples;
  })()`,
) as (options: { handle: MapHandle; repaints: number; warmUp: number }) => Promise<number[]>;
