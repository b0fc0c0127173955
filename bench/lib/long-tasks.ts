/**
 * The page's long tasks (over 50 ms: the browser's own measure of a frozen page), watched from a
 * moment on, through the Long Tasks API. Shared by the bench's import measure and the e2e import of a
 * register. Written as source text: tsx decorates real functions with a `__name` helper the page lacks.
 */
import type { Page } from '@playwright/test';

export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(
    `(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    })()`,
  );
}

/** The durations in ms of the long tasks since watchLongTasks, in order. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate('window.__longTasks ?? []') as Promise<number[]>;
}
