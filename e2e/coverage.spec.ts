import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvRows } from '../src/lib/csv/read';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';

async function openCoverage(page: Page) {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Dækning og huller' }).click();
  await expect(page.getByRole('heading', { name: 'Dækning pr. region' })).toBeVisible();
}

/** The coverage count the map has drawn for an area, read through the test hook. */
function drawnCount(page: Page, code: string) {
  return page.evaluate((c) => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const hit = map.querySourceFeatures('coverage').find((f) => f.properties.code === c);
    return hit ? Number(hit.properties.count) : null;
  }, code);
}

async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test.describe('coverage and gaps', () => {
  test('Region Sjælland: 2 of 14 established, 6 with announced, on the card and on the map', async ({
    page,
  }) => {
    await openCoverage(page);
    const card = page.getByRole('article', { name: 'Region Sjælland' });
    await expect(card).toContainText('2 af 14 klynger til stede');
    await expect(card).toContainText('4 flere annonceret');
    await expect(card.getByRole('list', { name: 'Til stede' }).getByRole('listitem')).toHaveText([
      /CLEAN – Roskilde/,
      /We Build Denmark – Næstved/,
    ]);
    await expect(card.getByRole('list', { name: 'Annonceret' })).toContainText(
      'MARLOG: Under etablering – Sjælland*',
    );
    await expect.poll(() => drawnCount(page, '1085')).toBe(2);
    // Hovering the region names it and its count beside the pointer.
    const point = await page.evaluate(() => window.__klyngekortMap?.project([11.75, 55.45]));
    const box = await page.getByTestId('map').boundingBox();
    await page.mouse.move((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
    await expect(page.getByTestId('map').getByText('2 klynger til stede')).toBeVisible();
    await saveScreenshot(page, 'coverage-region-desktop-da');

    await page.getByRole('switch', { name: 'Medtag annoncerede' }).check();
    await expect(card).toContainText('6 af 14 klynger til stede eller annonceret');
    await expect(card).toContainText('heraf 4 annonceret');
    await expect.poll(() => drawnCount(page, '1085')).toBe(6);
    await saveScreenshot(page, 'coverage-region-announced-desktop-da');
    // Back to the presence view and again: the layers come and go cleanly, the switch is remembered.
    await page.getByRole('button', { name: 'Tilstedeværelse' }).click();
    await page.getByRole('button', { name: 'Dækning og huller' }).click();
    await expect.poll(() => drawnCount(page, '1085')).toBe(6);
  });

  test('respects the business-area filter and says so', async ({ page }) => {
    await openCoverage(page);
    await page.getByRole('checkbox', { name: /Byggeri og anlæg/ }).check();
    await expect(page.getByText('Filtrene (forretningsområde) lader 1 af 14 klynger tælle.')).toBeVisible();
    await expect(page.getByRole('article', { name: 'Region Sjælland' })).toContainText(
      '1 af 1 klynger til stede',
    );
    const matrix = page.getByRole('table', { name: /Stærkeste status/ });
    await expect(matrix.locator('tbody').getByRole('rowheader')).toHaveText(['We Build Denmark']);
  });

  test('the numbers CSV equals the CLI, and the matrix CSV downloads and parses', async ({ page }) => {
    await openCoverage(page);
    const numbers = await download(page, 'Hent tallene som CSV');
    expect(numbers.name).toMatch(/^klyngekort-daekning-region-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(numbers.text.startsWith('\uFEFF')).toBe(true);
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'geo/scripts/export.ts', 'coverage', '--by', 'region'],
      {
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(0);
    expect(numbers.text.slice(1)).toBe(cli.stdout);

    const matrix = await download(page, 'Hent matrixen som CSV');
    expect(matrix.name).toMatch(/^klyngekort-matrix-erhvervshus-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(matrix.text.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(matrix.text);
    expect(rows[0]).toEqual([
      'cluster_id',
      'cluster',
      'Erhvervshus Hovedstaden',
      'Erhvervshus Sjælland',
      'Erhvervshus Fyn',
      'Erhvervshus Sydjylland',
      'Erhvervshus Midtjylland',
      'Erhvervshus Nordjylland',
    ]);
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r[0] === 'clean')?.[3]).toBe('Etableret');
    expect(rows.find((r) => r[0] === 'food-bio-cluster-denmark')?.[3]).toBe('Åbner snart');
    expect(rows.find((r) => r[0] === 'energy-cluster-denmark')?.slice(2)).toEqual(Array(6).fill('Ingen'));
  });

  test('the matrix sorts by a column and reads its cells as words', async ({ page }) => {
    await openCoverage(page);
    const table = page.getByRole('table', { name: /Stærkeste status/ });
    await table.getByRole('button', { name: 'Sortér efter Erhvervshus Sjælland' }).click();
    await expect(table.getByRole('columnheader', { name: /Sjælland/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const first = table.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toHaveText('CLEAN');
    await expect(first.getByRole('cell').nth(1)).toContainText('Etableret');
  });

  test('distance per municipality: classed map, sortable table, a row opens its profile', async ({
    page,
  }) => {
    await openCoverage(page);
    await page.getByRole('radio', { name: 'Afstand til nærmeste' }).check();
    const table = page.getByRole('table', { name: /Afstand fra hver kommune/ });
    await expect(table.getByRole('row')).toHaveCount(99);
    await expect(page.getByText(/af 98 kommuner ligger over 50 km/)).toBeVisible();
    // Farthest first by default.
    const kms = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    const values = kms.map((v) => Number(v.replace('*', '').replace(',', '.')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const before = await page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0);
    await saveScreenshot(page, 'coverage-distance-desktop-da');
    await table.getByRole('button', { name: 'Lolland' }).click();
    await expect(page.getByTestId('area-profile').getByRole('heading', { level: 3 })).toHaveText('Lolland');
    await expect
      .poll(() => page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0))
      .toBeGreaterThan(before + 1);
  });

  test('has no axe violations in Danish and English, and reads in English', async ({ page }) => {
    await openCoverage(page);
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Afstand til nærmeste' }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('radio', { name: 'Number of clusters' }).check();
    await page.getByRole('switch', { name: 'Include announced' }).check();
    await expect(page.getByRole('article', { name: 'Region Zealand' })).toContainText(
      '6 of 14 clusters present or announced',
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'coverage-region-desktop-en');
  });

  test('works at phone width in Danish and English', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Dækning og huller' }).click();
    await expect.poll(() => drawnCount(page, '1085')).toBe(2);
    await saveScreenshot(page, 'coverage-map-phone-da');
    await page.getByRole('button', { name: 'Vis detaljer' }).click();
    await expect(page.getByRole('article', { name: 'Region Sjælland' })).toContainText('2 af 14');
    await saveScreenshot(page, 'coverage-panel-phone-da');
    await expectNoAxeViolations(page);
    // Opening an area's profile frames it and shows the profile in the sheet.
    const zoom = await page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0);
    await page.getByRole('button', { name: 'Åbn profil: Region Sjælland' }).click();
    await expect(page.getByTestId('area-profile').getByRole('heading', { level: 3 })).toHaveText(
      'Region Sjælland',
    );
    await expect
      .poll(() => page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0))
      .toBeGreaterThan(zoom);
    await saveScreenshot(page, 'coverage-map-focused-phone-da');
    // Escape closes the profile, then the sheet.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('article', { name: 'Region Sjælland' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Åbn profil: Region Sjælland' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#details-panel')).toBeHidden();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Show details' }).click();
    await page
      .getByRole('group', { name: 'Coverage settings' })
      .getByRole('radio', { name: 'Business hubs' })
      .check();
    await expect(page.getByRole('article', { name: 'Business Hub Zealand' })).toContainText('2 of 14');
    await saveScreenshot(page, 'coverage-panel-phone-en');
  });
});
