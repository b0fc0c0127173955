import { writeFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvRows } from '../src/lib/csv/read';
import { PRESENCE_CSV_HEADER } from '../src/lib/export/presence-csv';
import { PNG_CHROME_WIDTH } from '../src/lib/export/png-layout';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { download, pictureStats } from './support/downloads';

const OUT = `${process.env.E2E_OUTPUT ?? 'test-results'}/exports`;
const DATED = (stem: string, ext: string) => new RegExp(`^klyngekort-${stem}-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`);

const menuButton = (page: Page) => page.getByRole('button', { name: /^(Eksportér|Export)$/ });
const menu = (page: Page) => page.getByRole('group', { name: /Eksportér kort og data|Export map and data/ });
const item = (page: Page, name: RegExp) => menu(page).getByRole('button', { name });
const listIds = (page: Page) =>
  page
    .getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ })
    .locator('[data-roving-id]:not([data-roving-id^="cluster:"])')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-roving-id') ?? ''));

function keep(name: string, bytes: Buffer) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}`, bytes);
}

async function exportCsvAndGeoJson(page: Page) {
  await menuButton(page).click();
  const csv = await download(page, item(page, /CSV/));
  const geojson = await download(page, item(page, /GeoJSON/));
  await page.keyboard.press('Escape');
  return { csv, geojson };
}

test.describe('export', () => {
  test('CSV and GeoJSON hold exactly the presences in the list, also after a filter', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    for (const filtered of [false, true]) {
      if (filtered) await page.getByRole('checkbox', { name: /^Byggeri og anlæg/ }).check();
      // The list mounts once the map has drawn its first view: read it when it shows the count.
      await expect(page.locator('[data-visible-count]')).toHaveAttribute(
        'data-visible-count',
        filtered ? '5' : '25',
      );
      const ids = await listIds(page);
      expect(ids.length).toBe(filtered ? 5 : 25);
      const { csv, geojson } = await exportCsvAndGeoJson(page);
      keep(`presences${filtered ? '-filtered' : ''}.csv`, csv.bytes);
      keep(`presences${filtered ? '-filtered' : ''}.geojson`, geojson.bytes);

      expect(csv.name).toMatch(DATED('tilstedevaerelser', 'csv'));
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith('\uFEFF'), 'UTF-8 byte order mark for Excel').toBe(true);
      const [header, ...rows] = csvRows(text);
      expect(header).toEqual([...PRESENCE_CSV_HEADER]);
      expect(rows).toHaveLength(ids.length);
      expect(rows.map((r) => r[0]).sort()).toEqual([...ids].sort());
      expect(rows.every((r) => r.length === header?.length)).toBe(true);
      // The note's own words, Danish letters and all, come through whole.
      expect(text).toContain('Byggeri og anlæg');

      expect(geojson.name).toMatch(DATED('tilstedevaerelser', 'geojson'));
      const collection = JSON.parse(geojson.bytes.toString('utf8')) as {
        type: string;
        features: { id: string; geometry: unknown; properties: { precision: string } }[];
      };
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features.map((f) => f.id).sort()).toEqual([...ids].sort());
      for (const f of collection.features)
        expect(f.geometry === null).toBe(f.properties.precision === 'area');
    }
  });

  test('labels follow the language in the English CSV; data stays in the note’s words', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMap(page);
    const { csv } = await exportCsvAndGeoJson(page);
    const [header, ...rows] = csvRows(csv.bytes.toString('utf8'));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const vojens = rows.find((r) => r[0] === 'food-bio-cluster-denmark--vojens') ?? [];
    expect(vojens[col('business_area')]).toBe('Food and bioresources');
    expect(vojens[col('status_label')]).toBe('Established');
    expect(vojens[col('status')]).toBe('established');
    expect(vojens[col('place')]).toBe('Vojens');
    expect(vojens[col('quote')]).toMatch(/Vojens/);
  });

  for (const [lang, view] of [
    ['da', 'presences'],
    ['en', 'presences'],
    ['en', 'coverage'],
  ] as const) {
    test(`the map as a PNG: twice the map's size with its legend, not blank (${lang}, ${view})`, async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}${view === 'coverage' ? '&view=coverage' : ''}`);
      await waitForMap(page);
      if (view === 'coverage') await expect(page.locator('#coverage-legend-title')).toBeVisible();
      const map = await page.evaluate(() => {
        const canvas = window.__klyngekortMap?.getCanvas();
        return { width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 };
      });
      await menuButton(page).click();
      await expectNoAxeViolations(page, ['header']);
      await saveScreenshot(page, `export-menu-${lang}`);
      const png = await download(page, item(page, /PNG/));
      keep(`map-${view}-${lang}.png`, png.bytes);
      expect(png.name).toMatch(DATED('kort', 'png'));
      await expect(menu(page).getByRole('status')).toContainText(png.name);
      // The picture's alt text comes with it: the map in words, the data's date and its source.
      await expect(menu(page).getByRole('textbox', { name: /alt-tekst|alt text/ })).toHaveValue(
        lang === 'da'
          ? /^Kortet viser alle 25 tilstedeværelser: .* Status: efterår 2021\. Kilde: Erhvervsstyrelsen/
          : view === 'presences'
            ? /^The map shows all 25 presences: .* Status: autumn 2021\. Source: Erhvervsstyrelsen/
            : /^The map shows for each region how many of the 14 clusters are present\. .* Status: autumn 2021\./,
      );

      const whole = await pictureStats(page, png.bytes);
      expect(whole.width).toBe(2 * (map.width + PNG_CHROME_WIDTH));
      expect(whole.height).toBeGreaterThan(2 * map.height);
      expect(whole.height).toBeLessThan(2 * (map.height + 400));
      // The map itself, well inside its frame: land, sea and marks, not one flat colour.
      const inner = await pictureStats(page, png.bytes, [
        48 + map.width / 2,
        Math.round(whole.height / 2 - map.height / 2),
        map.width,
        map.height,
      ]);
      expect(inner.spread).toBeGreaterThan(12);
      expect(inner.colours).toBeGreaterThan(40);
      // The legend column beside it is drawn too.
      const legend = await pictureStats(page, png.bytes, [
        2 * (24 + map.width + 20),
        2 * 120,
        2 * 300,
        2 * 200,
      ]);
      expect(legend.spread).toBeGreaterThan(10);
    });
  }
});
