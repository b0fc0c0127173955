/**
 * The floor under the map timings: how long one repaint of an already drawn map takes, from
 * `triggerRepaint()` to the next `idle`, after the page's first idle. Headless Chromium draws with
 * SwiftShader (software GL), where one frame costs tens of milliseconds, so a filter change can
 * never reach idle in less than a frame; the report gives the filter latency in these frames too.
 */
import type { Browser, Page } from '@playwright/test';
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
  return onSettledMap(browser, url, (page) =>
    page.evaluate(repaintTimes, { handle, repaints, warmUp: WARM_UP }),
  );
}

/**
 * A pan (100 px, no animation) and a zoom step (±0.5, no animation) until the map is idle again,
 * back and forth so the view stays where it was: the frame a user drags or scrolls the map through.
 */
export async function measureMoveMs(
  browser: Browser,
  url: string,
  handle: MapHandle,
  moves = 8,
): Promise<{ pan: number[]; zoom: number[] }> {
  return onSettledMap(browser, url, (page) => page.evaluate(moveTimes, { handle, moves, warmUp: WARM_UP }));
}

async function onSettledMap<T>(
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
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_IDLE_MARK, {
    timeout: 60_000,
  });
  const samples = await measure(page);
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

const moveTimes = new Function(
  'options',
  `return (async () => {
    const map = window[options.handle];
    if (!map) throw new Error('map handle ' + options.handle + ' not found');
    const time = async (move) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const start = performance.now();
      await new Promise((resolve) => {
        map.once('idle', resolve);
        move();
      });
      return performance.now() - start;
    };
    const pan = [];
    const zoom = [];
    for (let i = 0; i < options.warmUp + options.moves; i++) {
      const sign = i % 2 === 0 ? 1 : -1;
      const panMs = await time(() => map.panBy([100 * sign, 0], { duration: 0 }));
      const zoomMs = await time(() => map.zoomTo(map.getZoom() + 0.5 * sign, { duration: 0 }));
      if (i >= options.warmUp) {
        pan.push(panMs);
        zoom.push(zoomMs);
      }
    }
    return { pan, zoom };
  })()`,
) as (options: {
  handle: MapHandle;
  moves: number;
  warmUp: number;
}) => Promise<{ pan: number[]; zoom: number[] }>;
