import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/fixtures';
import { mapIdle } from './support/map';

/**
 * Issue 16: the picture itself, compared with the goldens in e2e/goldens/ (`npm run test:golden:update`
 * writes them again; open the diff in the report before you do). SwiftShader renders the same frame
 * from run to run on one machine, but antialiasing may differ by a few pixels between processors:
 * up to 1 % of the pixels may differ, a moved label or a missing mark is more than that.
 */
const TOLERANCE = { maxDiffPixelRatio: 0.01 } as const;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const VIEWS = [
  { name: 'first-view-desktop', viewport: DESKTOP, query: '' },
  { name: 'first-view-phone', viewport: PHONE, query: '' },
  { name: 'sjaelland', viewport: DESKTOP, query: 'map=11.7,55.45,8&fold=filters,details' },
  {
    name: 'aarhus-office',
    viewport: DESKTOP,
    query: 'cluster=vision-denmark&presence=vision-denmark--aarhus&map=10.2,56.16,9',
  },
  { name: 'coverage', viewport: DESKTOP, query: 'view=coverage' },
] as const;

/** Waits for the map, for a camera that has stopped and for the frame after it. */
async function settled(page: Page) {
  await waitForMap(page);
  await page.waitForFunction(() => window.__klyngekortMap?.isMoving() === false);
  await mapIdle(page);
}

for (const lang of ['da', 'en'] as const) {
  for (const { name, viewport, query } of VIEWS) {
    test(`golden: ${name} (${lang})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const params = [query, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
      await page.goto(params ? `/?${params}` : '/');
      await settled(page);
      await expect(page).toHaveScreenshot(`${name}-${lang}.png`, TOLERANCE);
    });
  }
}
