import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMap, saveScreenshot } from './support/fixtures';
import { memberRegisterFile } from '../bench/lib/member-register-file';
import { longTasks, watchLongTasks } from '../bench/lib/long-tasks';
import { mapIdle } from './support/map';

const ROWS = 20_000;
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Dine egne data' });
const danish = (n: number) => new Intl.NumberFormat('da-DK').format(n);
const notePresences = (
  JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { presences: unknown[] }
).presences.length;

/**
 * How many imported presences the map draws in view, counting each aggregate by what it holds. An
 * aggregate or marker that lies across a tile edge is drawn (and returned) once per tile: counted once.
 */
function importedOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const seen = new Set<string>();
    let n = 0;
    for (const f of map.queryRenderedFeatures({ layers: ['imported-aggregate', 'imported-body'] })) {
      const key = f.properties.point_count ? `a${f.properties.cluster_id}` : `p${f.properties.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      n += Number(f.properties.point_count ?? 1);
    }
    return n;
  });
}

test.describe(`a member register of ${ROWS} rows`, () => {
  test('imports with progress, then the list, the map and coverage show all of it', async ({ page }) => {
    test.setTimeout(120_000);
    const total = danish(notePresences + ROWS);
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /^Importér data/ }).click();
    await watchLongTasks(page);
    const started = Date.now();
    // Every place name is one of the gazetteer's (bench/lib/synthetic-register.ts), so every row lands.
    await dialog(page).getByLabel('Vælg fil').setInputFiles(memberRegisterFile(ROWS));
    await expect(dialog(page).getByRole('progressbar')).toBeVisible();
    await expect(dialog(page)).toContainText(`${danish(ROWS)} datapunkter tilføjet`, { timeout: 90_000 });
    console.log('ready in', Date.now() - started, 'ms; long tasks', await longTasks(page));
    await page.keyboard.press('Escape');

    // The list, the filters' count and the header's badge: all of them, in one number format.
    await expect(page.getByText(`Viser ${total} af ${total} tilstedeværelser`)).toBeVisible();
    await expect(page.locator('#presence-list-title + p')).toHaveText(`${total} tilstedeværelser`);
    await expect(page.getByRole('button', { name: /^Importér data/ })).toContainText(danish(ROWS));

    // The map: zoomed to what is shown, its aggregates and markers hold every imported row.
    await page.getByRole('button', { name: 'Zoom til de viste' }).click();
    await mapIdle(page);
    await expect.poll(() => importedOnMap(page), { timeout: 15_000 }).toBe(ROWS);
    // Counted aggregates, not a blob: a few dozen at most on the whole country.
    const aggregates = await page.evaluate(
      () => window.__klyngekortMap?.queryRenderedFeatures({ layers: ['imported-aggregate'] }).length ?? 0,
    );
    expect(aggregates).toBeGreaterThan(3);
    expect(aggregates).toBeLessThan(80);

    // The legend explains them; a click on one zooms in to where it splits.
    await page.getByRole('button', { name: /Signaturforklaring/ }).click();
    await expect(page.getByText(/Flere af dine egne datapunkter samlet/)).toBeVisible();
    await page.getByRole('button', { name: /Signaturforklaring/ }).click();
    const before = await page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0);
    const largest = await page.evaluate(() => {
      const map = window.__klyngekortMap;
      if (!map) throw new Error('map test hook missing');
      // The note's marks stay on top of the imported ones: the largest aggregate no chip or marker covers.
      const covered = (at: { x: number; y: number }) =>
        map
          .queryRenderedFeatures([at.x, at.y])
          .some((f) => f.layer.id.startsWith('presence-') && !/^presence-area-(tint|edge)$/.test(f.layer.id));
      const at = map
        .queryRenderedFeatures({ layers: ['imported-aggregate'] })
        .sort((a, b) => Number(b.properties.point_count) - Number(a.properties.point_count))
        .map((f) =>
          f.geometry.type === 'Point' ? map.project(f.geometry.coordinates as [number, number]) : null,
        )
        .find((at) => at && !covered(at));
      if (!at) throw new Error('no uncovered aggregate drawn');
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.move(largest.x, largest.y);
    await expect(page.getByText(/af dine egne datapunkter her/)).toBeVisible();
    await page.mouse.click(largest.x, largest.y);
    await expect
      .poll(() => page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(before + 0.1);

    // The coverage view counts from the same presences: all of them.
    await page.getByRole('button', { name: 'Dækning og huller' }).click();
    await expect(page.getByText(`Viser ${total} af ${total} tilstedeværelser`)).toBeVisible();

    // The first view, on a wide screen and on a phone, read back from this browser's storage.
    await page.getByRole('button', { name: 'Tilstedeværelse' }).click();
    for (const [name, width, height] of [
      ['desktop', 1280, 800],
      ['phone', 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await waitForMap(page);
      await expect(page.getByRole('button', { name: /^Importér data/ })).toContainText(danish(ROWS));
      await mapIdle(page);
      await saveScreenshot(page, `register-first-view-${name}`);
    }
  });
});
