import type { Page } from '@playwright/test';
import { test, expect, waitForMap, saveScreenshot } from './support/fixtures';
import { dataset, pagePoint, settledCamera } from './support/presence-map';
import { smallTargets } from './support/targets';

const PHONE = { width: 390, height: 844 };
const CHROME = [
  'header',
  '[data-panel-bar]',
  '#main > div > [data-map-overlay]',
  '.maplibregl-ctrl-top-right',
];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of what lies over the map: the overlays and, on a phone, an open sheet. */
const overlayBoxes = (page: Page) =>
  page
    .locator('[data-map-overlay]')
    .evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as Box).filter((b) => b.width > 0 && b.height > 0),
    );

async function expectAttributionClear(page: Page) {
  const attribution = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
  expect(attribution).not.toBeNull();
  for (const box of await overlayBoxes(page)) {
    expect(overlaps(attribution as Box, box), `attribution under ${JSON.stringify(box)}`).toBe(false);
  }
}

test.describe('phone (390×844)', () => {
  // Long flows through many controls, on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test.use({ viewport: PHONE });

  test('map first: the map fills the screen under the header, panels wait behind two buttons', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const map = await page.getByTestId('map').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(PHONE.height * 0.7);
    await expect(page.locator('#filters-panel')).toBeHidden();
    await expect(page.locator('#details-panel')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Vis filtre' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Vis detaljer' })).toBeVisible();
    await expectAttributionClear(page);
    await saveScreenshot(page, 'phone-map-da');
  });

  test('sheets open at half height over the map, grow on request, close with Escape', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const open = page.getByRole('button', { name: 'Vis filtre' });
    await open.click();
    const sheet = page.locator('#filters-panel');
    await expect(sheet).toBeVisible();
    await expect(sheet).toBeFocused();
    const half = await sheet.boundingBox();
    expect(half?.height).toBeCloseTo(PHONE.height / 2, -1);
    await saveScreenshot(page, 'phone-filters-sheet-da');
    await sheet.getByRole('button', { name: 'Udvid panelet' }).click();
    await expect(sheet.getByRole('button', { name: 'Udvid panelet' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect((await sheet.boundingBox())?.height).toBeCloseTo(PHONE.height * 0.85, -1);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('choosing a place in the list shows it on the map above the sheet', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Vis filtre' }).click();
    await page.getByRole('button', { name: /^Vojens/ }).click();
    const sheet = page.locator('#details-panel');
    await expect(sheet.getByRole('heading', { level: 3, name: 'Food & Bio Cluster Denmark' })).toBeVisible();
    await settledCamera(page);
    const vojens = dataset.presences.find((p) => p.id === 'food-bio-cluster-denmark--vojens');
    const at = await pagePoint(page, vojens?.point ?? [0, 0]);
    const sheetTop = (await sheet.boundingBox())?.y ?? 0;
    const mapTop = (await page.getByTestId('map').boundingBox())?.y ?? 0;
    expect(at.y).toBeGreaterThan(mapTop + 40);
    expect(at.y).toBeLessThan(sheetTop - 20);
    expect(at.x).toBeGreaterThan(20);
    expect(at.x).toBeLessThan(PHONE.width - 20);
    await saveScreenshot(page, 'phone-selected-above-sheet-da');
  });

  test('every control in the header, bar, overlays and sheets is at least 44 × 44 px', async ({ page }) => {
    const offenders: string[] = [];
    const measure = async (state: string, scopes: string[]) => {
      for (const line of await smallTargets(page, scopes)) offenders.push(`${state}: ${line}`);
    };
    for (const lang of ['da', 'en'] as const) {
      await page.goto(`/?lang=${lang}`);
      await waitForMap(page);
      await page.getByRole('button', { name: lang === 'da' ? 'Signaturforklaring' : 'Legend' }).click();
      await measure(`${lang} map`, CHROME);
      await page.getByRole('button', { name: lang === 'da' ? 'Eksportér' : 'Export' }).click();
      await measure(`${lang} export menu`, ['header']);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: lang === 'da' ? 'Vis filtre' : 'Show filters' }).click();
      await measure(`${lang} filters sheet`, ['#filters-panel']);
      // The sheet covers the bar: it closes first, as a user would close it.
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: lang === 'da' ? 'Vis detaljer' : 'Show details' }).click();
      await measure(`${lang} overview sheet`, ['#details-panel']);
      await page.goto(`/?lang=${lang}&presence=food-bio-cluster-denmark--vojens`);
      await waitForMap(page);
      await page.getByRole('button', { name: lang === 'da' ? 'Vis detaljer' : 'Show details' }).click();
      await measure(`${lang} cluster sheet`, ['#details-panel']);
      await page.goto(`/?lang=${lang}&view=coverage`);
      await waitForMap(page);
      await page.getByRole('button', { name: lang === 'da' ? 'Vis detaljer' : 'Show details' }).click();
      await expect(page.locator('#coverage-matrix-title')).toBeVisible();
      await measure(`${lang} coverage sheet`, ['#details-panel', ...CHROME]);
      await page.goto(`/?lang=${lang}&reader=1`);
      await waitForMap(page);
      await page.getByRole('button', { name: lang === 'da' ? 'Vis detaljer' : 'Show details' }).click();
      await expect(page.locator('#details-panel').getByRole('heading', { level: 4 }).first()).toBeVisible();
      await measure(`${lang} reader sheet`, ['#details-panel']);
    }
    expect(offenders, 'controls under 44 × 44 px').toEqual([]);
  });
});

test.describe('overlays and the map', () => {
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    test(`the attribution stays readable beside the legend (${viewport.width}×${viewport.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/?lang=en');
      await waitForMap(page);
      await expectAttributionClear(page);
      await page.getByRole('button', { name: 'Legend' }).click();
      await expectAttributionClear(page);
      await page.getByRole('button', { name: 'Coverage and gaps' }).click();
      await expectAttributionClear(page);
    });
  }

  test('fits keep every presence clear of the legend, the switches and the controls', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await waitForMap(page);
    const clear = async () => {
      await settledCamera(page);
      const boxes = await overlayBoxes(page);
      const controls = await page
        .locator('.maplibregl-ctrl')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as Box));
      const map = (await page.getByTestId('map').boundingBox()) as Box;
      for (const p of dataset.presences.filter((p) => p.point)) {
        const at = await pagePoint(page, p.point ?? [0, 0]);
        const dot = { x: at.x - 4, y: at.y - 4, width: 8, height: 8 };
        expect(overlaps(dot, map), `${p.id} on the map`).toBe(true);
        for (const box of [...boxes, ...controls]) {
          expect(overlaps(dot, box), `${p.id} under ${JSON.stringify(box)}`).toBe(false);
        }
      }
    };
    // The first view, then a fit with the tall legend open.
    await clear();
    await page.getByRole('button', { name: 'Signaturforklaring' }).click();
    await page.getByRole('button', { name: 'Zoom til de viste' }).click();
    await clear();
    await saveScreenshot(page, 'fit-clear-of-legend-desktop');
  });
});
