import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/fixtures';
import { mapIdle } from './support/map';

const OUT = `${process.env.E2E_OUTPUT ?? 'test-results'}/print`;

/** Pages in a PDF as Chromium writes it: one /Type /Page object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** The map redrawn at its printed size: its canvas fills the box the print stylesheet gives it. */
async function mapDrawnForPrint(page: Page) {
  await page.waitForFunction(() => {
    const map = window.__klyngekortMap;
    const box = map?.getContainer().getBoundingClientRect();
    const canvas = map?.getCanvas();
    return !!box && !!canvas && Math.abs(canvas.clientWidth - box.width) < 1 && !map?.isMoving();
  });
  await mapIdle(page);
}

declare global {
  interface Window {
    __printedDescription?: { text: string; top: number; mapBottom: number };
  }
}

/** Keeps what the description under the map said, and where it stood, as the page went to paper. */
async function recordPrintedDescription(page: Page) {
  await page.evaluate(() =>
    window.addEventListener('beforeprint', () => {
      const text = document.querySelector('[data-print="description"]');
      const map = document.querySelector('[data-testid="map"]');
      window.__printedDescription = {
        text: text?.textContent ?? '',
        top: text?.getBoundingClientRect().top ?? 0,
        mapBottom: map?.getBoundingClientRect().bottom ?? Infinity,
      };
    }),
  );
}

/** Renders the page as Chromium prints it and keeps the PDF and, where poppler is installed, a PNG to look at. */
async function printToPdf(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await mapDrawnForPrint(page);
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}.pdf`, pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/${name}.pdf`, `${OUT}/${name}`]);
  } catch {
    // No poppler-utils here: the PDF alone is kept.
  }
  return pdf;
}

test.describe('print', () => {
  for (const lang of ['da', 'en'] as const) {
    test(`presences: map, legend and the list on one A4 landscape page (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}&business=construction`);
      await waitForMap(page);
      await recordPrintedDescription(page);
      const pdf = await printToPdf(page, `presences-${lang}`);
      expect(pageCount(pdf)).toBe(1);
      // What is on the paper, read in print media.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const summary = page.locator('[data-print="summary"]');
      await expect(summary).toBeVisible();
      await expect(summary).toContainText(lang === 'da' ? 'Byggeri og anlæg' : 'Construction');
      await expect(summary).toContainText(lang === 'da' ? 'Viser 5 af 25' : 'Showing 5 of 25');
      await expect(summary).toContainText(/2\d{3}/);
      // The date the data holds at, and its source from the dataset.
      await expect(summary).toContainText(lang === 'da' ? 'Status: efterår 2021' : 'Status: autumn 2021');
      await expect(summary).toContainText('Erhvervsstyrelsen, for Danmarks Erhvervsfremmebestyrelse');
      // The map in words, under the map: written as the page is printed (Chromium's PDF says
      // "beforeprint" and "afterprint" like a print dialog), read here as it was on the paper.
      const printed = await page.evaluate(() => window.__printedDescription);
      expect(printed?.text).toContain(
        lang === 'da'
          ? 'Kortet viser 5 af 25 tilstedeværelser: We Build Denmark – etableret i Albertslund'
          : 'The map shows 5 of 25 presences: We Build Denmark – established in Aalborg',
      );
      expect(printed?.top).toBeGreaterThan(printed?.mapBottom ?? Infinity);
      await expect(page.locator('[data-print="legend"] li').first()).toBeVisible();
      await expect(
        page.getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ }),
      ).toBeVisible();
      await expect(page.getByText(/Klimadatastyrelsen/)).toBeVisible();
      // Screen chrome is gone.
      for (const hidden of [
        page.locator('#filters'),
        page.locator('[data-panel-bar]'),
        page.locator('header button').first(),
        page.getByRole('group', { name: /^(Visning|View)$/ }),
        page.locator('.maplibregl-ctrl-zoom-in'),
      ]) {
        await expect(hidden).toBeHidden();
      }
    });
  }

  test('coverage: map and the clusters × areas matrix on one page', async ({ page }) => {
    await page.goto('/?view=coverage&level=erhvervshus');
    await waitForMap(page);
    await expect(page.locator('#coverage-matrix-title')).toBeVisible();
    const pdf = await printToPdf(page, 'coverage-da');
    expect(pageCount(pdf)).toBe(1);
    await expect(page.locator('#coverage-matrix-title')).toBeVisible();
    await expect(page.locator('#coverage-legend-title')).toBeVisible();
    await expect(page.getByRole('article').first()).toBeHidden();
    await expect(page.locator('#filters-panel')).toBeHidden();
  });

  test('"Udskriv" draws the map at the printed size first and puts it back afterwards', async ({ page }) => {
    await page.addInitScript(() => {
      // The print dialog cannot run headless: note the map's size at the moment it would open.
      window.print = () => {
        const canvas = window.__klyngekortMap?.getCanvas();
        document.body.dataset.printedWidth = String(canvas?.clientWidth ?? 0);
      };
    });
    await page.goto('/');
    await waitForMap(page);
    const screenWidth = await page.evaluate(() => window.__klyngekortMap?.getCanvas().clientWidth ?? 0);
    await page.getByRole('button', { name: 'Eksportér' }).click();
    await page.getByRole('button', { name: /^Udskriv/ }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed-width', /\d+/);
    const printed = Number(await page.locator('body').getAttribute('data-printed-width'));
    // 150 mm at 96 CSS px to the inch (src/styles/print.css).
    expect(printed).toBeCloseTo((150 / 25.4) * 96, -1);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect
      .poll(() => page.evaluate(() => window.__klyngekortMap?.getCanvas().clientWidth ?? 0))
      .toBe(screenWidth);
  });
});
