/**
 * The import of a member register in the real UI: from the moment the file is picked until the dialog
 * says every row was added (placed, checked, kept in IndexedDB, listed) and the map has drawn them
 * (next idle), with the page's long tasks over that time: the longest is how long the page froze.
 */
import type { Browser } from '@playwright/test';
import { onReadyApp } from './filter-latency';
import { longTasks, watchLongTasks } from './long-tasks';
import { memberRegisterFile } from './member-register-file';

export interface ImportSample {
  rows: number;
  readyMs: number;
  longestTaskMs: number;
  longTasks: number;
}

export async function measureImport(
  browser: Browser,
  url: string,
  root: string,
  rows: number,
): Promise<ImportSample> {
  const file = memberRegisterFile(rows, root);
  return onReadyApp(browser, url, async (page) => {
    await page.getByRole('button', { name: /^Importér data/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Dine egne data' });
    await dialog.getByLabel('Vælg fil').waitFor();
    await watchLongTasks(page);
    const start = Date.now();
    await dialog.getByLabel('Vælg fil').setInputFiles(file);
    const added = `${new Intl.NumberFormat('da-DK').format(rows)} datapunkter tilføjet`;
    // A cheap check a few times a second: Playwright's own text and role queries run on the page's
    // thread too, and over a page listing thousands they would be long tasks of their own.
    // Done when the dialog says so and the filters' count holds every row (the page renders the rows
    // into the list, facets and map in a deferred render after the dialog's message).
    const done = `document.querySelector('dialog[open]')?.textContent?.includes(${JSON.stringify(added)})
      && Number(document.querySelector('[data-visible-count]')?.dataset.visibleCount) >= ${rows}`;
    for (const until = Date.now() + 300_000; !(await page.evaluate(done));) {
      if (Date.now() > until) throw new Error(`import: "${added}" did not show in 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await page.evaluate(
      `new Promise((resolve) => {
        const map = window.__klyngekortMap;
        // Not \`resolve\` itself: the event (and the map it points to, tiles and all) would be the
        // page's answer, and serialising it takes the page's thread seconds.
        map.once('idle', () => resolve(null));
        map.triggerRepaint();
      })`,
    );
    const readyMs = Date.now() - start;
    const tasks = await longTasks(page);
    return { rows, readyMs, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length };
  });
}
