import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/lib/csv/read';

/** A CSV file as rows of cells, header first (the app's one reader). */
const csvRows = (text: string) => {
  const table = parseCsv(text);
  return [table.header, ...table.records.map((r) => r.fields)];
};
import { download } from './support/downloads';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { mapIdle } from './support/map';

const profile = (page: Page) => page.getByTestId('area-profile');
const searchBox = (page: Page) => page.getByRole('combobox', { name: /Søg efter klynge|Search clusters/ });
const zoom = (page: Page) => page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** What `npm run -s export -- area …` prints: the CLI runs the same profile code as the panel. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'geo/scripts/export.ts', 'area', ...args], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as {
    residents: number;
    shareOfDenmarkPercent: number;
    present: { established: { cluster: string }[]; announced: { presenceId: string }[] };
    absent: { cluster: string; nearest: { km: number; presences: { place: string }[] } | null }[];
    residentsWithin: { km25: number; km50: number };
    ranks: { clusters: { position: number; of: number } } | null;
  };
}

const danish = (n: number, digits = 0) =>
  new Intl.NumberFormat('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

/** Clicks the map at a longitude and latitude (the test hook projects it to the screen). */
async function clickMapAt(page: Page, lngLat: [number, number]) {
  await mapIdle(page);
  const point = await page.evaluate((ll) => window.__klyngekortMap?.project(ll), lngLat);
  const box = await page.getByTestId('map').boundingBox();
  await page.mouse.click((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
}

test.describe('area profiles', () => {
  // Several loads, map flights and CLI runs per test: more than the default on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test('Region Sjælland from search: residents, clusters here and missing, as the CLI prints them', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const before = await zoom(page);
    await searchBox(page).fill('Region Sjælland');
    await page
      .getByRole('option', { name: /Region Sjælland/ })
      .first()
      .click();
    await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Region Sjælland');
    await expect(page).toHaveURL(/area=region:1085/);
    await expect.poll(() => zoom(page)).toBeGreaterThan(before + 0.5);

    const json = cli('region:1085');
    expect(json.residents).toBe(842_681);
    await expect(page.getByTestId('profile-residents')).toHaveText(
      `${danish(json.residents)} (${danish(json.shareOfDenmarkPercent, 1)} % af Danmark)`,
    );
    await expect(profile(page)).toContainText('Kilde: Danmarks Statistik, FOLK1AM');
    const established = profile(page).getByRole('heading', { name: 'Etableret' }).locator('xpath=..');
    await expect(established.getByRole('button', { name: /^Åbn / })).toHaveText([
      'CLEAN',
      'We Build Denmark',
    ]);
    expect(json.present.established.map((p) => p.cluster)).toEqual(['CLEAN', 'We Build Denmark']);
    await expect(profile(page).getByRole('heading', { name: 'Annonceret' })).toBeVisible();
    await expect(profile(page).getByRole('heading', { name: 'Indsatser på områdeniveau' })).toBeVisible();

    // Every absent cluster with its nearest counted presence: the same places and km as the CLI.
    const lines = profile(page).getByTestId('profile-absent').getByRole('listitem');
    await expect(lines).toHaveCount(json.absent.length);
    for (const [i, a] of json.absent.entries()) {
      const line = lines.nth(i);
      await expect(line).toContainText(`${a.cluster}:`);
      if (a.nearest) await expect(line).toContainText(`${danish(a.nearest.km, 1)} km`);
      else await expect(line).toContainText('ingen talt tilstedeværelse');
    }
    const reach = page.getByTestId('profile-reach');
    await expect(reach).toContainText(danish(json.residentsWithin.km25));
    await expect(reach).toContainText(danish(json.residentsWithin.km50));
    await expect(page.getByTestId('profile-ranks')).toContainText(
      `${json.ranks?.clusters.position}. af ${json.ranks?.clusters.of} regioner`,
    );
    await saveScreenshot(page, 'area-profile-sjaelland-desktop-da');
  });

  test('a click on an area opens it in both views; a click on a presence still opens the presence', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    // Presence view, region borders: land beside every presence opens the region (Himmerland). On
    // Sjælland the hatch of the efforts "på Sjælland" is a presence, and a click there selects it.
    await clickMapAt(page, [9.6, 56.82]);
    await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Region Nordjylland');
    await page.keyboard.press('Escape');
    await expect(profile(page)).toBeHidden();
    // A marker keeps priority: Næstved's office selects the presence, not the area around it.
    await clickMapAt(page, [11.76092, 55.22992]);
    await expect(page).toHaveURL(/presence=we-build-denmark--naestved/);
    await expect(page).not.toHaveURL(/area=/);

    // Coverage view at municipality level: the municipality under the pointer.
    await page.goto('/?view=coverage&level=municipality');
    await waitForMap(page);
    await expect(page.getByRole('heading', { name: 'Dækning pr. kommune' })).toBeVisible();
    await clickMapAt(page, [11.27631, 54.78403]);
    await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Lolland');
    await expect(page).toHaveURL(/area=municipality:0360/);
    await expect(profile(page)).toContainText('Afstande måles fra');
    await expect(profile(page)).toContainText('Nakskov, Maribo');
  });

  test('a link opens the profile; an unknown area is reported and dropped', async ({ page }) => {
    await page.goto('/?area=region:1085');
    await waitForMap(page);
    await expect(page.getByTestId('profile-residents')).toContainText('842.681');
    await page.goto('/?area=municipality:0411');
    await waitForMap(page);
    await expect(
      page.getByText(/Linket indeholdt noget, kortet ikke kender.*area=municipality:0411/),
    ).toBeVisible();
    await expect(profile(page)).toHaveCount(0);
    await expect.poll(() => param(page, 'area')).toBeNull();
  });

  test('Escape and Back return to where the user was: the panel, its button, the camera', async ({
    page,
  }) => {
    await page.goto('/?view=coverage');
    await waitForMap(page);
    await mapIdle(page);
    const before = await zoom(page);
    const open = page.getByRole('button', { name: 'Åbn profil: Region Nordjylland' });
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(profile(page).getByRole('heading', { level: 3 })).toBeFocused();
    await expect.poll(() => zoom(page)).toBeGreaterThan(before + 0.5);
    await page.keyboard.press('Escape');
    await expect(profile(page)).toHaveCount(0);
    await expect(open).toBeFocused();
    await expect.poll(() => zoom(page)).toBeCloseTo(before, 1);

    await open.click();
    await expect(page).toHaveURL(/area=region:1081/);
    await page.goBack();
    await expect(page).not.toHaveURL(/area=/);
    await expect(profile(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Dækning pr. region' })).toBeVisible();
    await expect.poll(() => zoom(page)).toBeCloseTo(before, 1);
  });

  test('compare areas side by side: in the link and as CSV', async ({ page }) => {
    await page.goto('/?area=region:1085');
    await waitForMap(page);
    await profile(page).getByRole('button', { name: 'Sammenlign', exact: true }).click();
    await profile(page).getByRole('button', { name: 'Erhvervshus Sjælland' }).click();
    await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Erhvervshus Sjælland');
    await searchBox(page).fill('Lolland');
    await page.getByRole('option', { name: /Lolland.*Kommune/ }).click();
    await profile(page).getByRole('button', { name: 'Sammenlign', exact: true }).click();
    await profile(page).getByRole('button', { name: 'Vis sammenligningen (2)' }).click();
    const table = page.getByTestId('compare-table');
    await expect(table.getByRole('columnheader')).toContainText(['Mål', 'Sjælland', 'Lolland']);
    await expect(table.getByRole('row', { name: /^Indbyggere/ }).getByRole('cell')).toHaveText([
      '842.681',
      '40.241',
    ]);
    await expect(page).toHaveURL(/compare=region:1085,municipality:0360/);
    await expect(page).toHaveURL(/comparing=1/);
    await saveScreenshot(page, 'area-compare-desktop-da');

    const file = await download(page, page.getByRole('button', { name: 'Hent sammenligningen som CSV' }));
    expect(file.name).toMatch(/^klyngekort-sammenligning-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRows(file.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['row', 'label', 'Region Sjælland', 'Lolland']);
    expect(rows.find((r) => r[0] === 'residents')?.slice(2)).toEqual(['842681', '40241']);

    // The link alone brings the table back.
    const link = page.url();
    await page.goto('/');
    await page.goto(link);
    await expect(page.getByTestId('compare-table')).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('residents sum to 5,867,318 in the app and the CLI, at every level', async ({ page }) => {
    await page.goto('/?view=coverage&level=municipality');
    await waitForMap(page);
    const file = await download(page, page.getByRole('button', { name: 'Hent tallene som CSV' }));
    const rows = csvRows(file.bytes.toString('utf8'));
    const column = (rows[0] as string[]).indexOf('residents');
    expect(rows.slice(1).reduce((sum, r) => sum + Number(r[column]), 0)).toBe(5_867_318);
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'geo/scripts/export.ts', 'coverage', '--by', 'region'],
      { encoding: 'utf8' },
    );
    const regions = csvRows(cli.stdout);
    expect(regions.slice(1).reduce((sum, r) => sum + Number(r[column]), 0)).toBe(5_867_318);
    await expect(page.getByTestId('coverage-headline')).toContainText('Kilde: Danmarks Statistik, FOLK1AM');
  });

  test('no axe violations in Danish and English, profile and comparison', async ({ page }) => {
    await page.goto('/?area=region:1085&compare=region:1085,region:1084');
    await waitForMap(page);
    await expect(profile(page)).toBeVisible();
    await expectNoAxeViolations(page, ['#details-panel']);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Region Zealand');
    await expect(profile(page)).toContainText('Residents within reach');
    await expectNoAxeViolations(page, ['#details-panel']);
    await profile(page).getByRole('button', { name: 'Show the comparison (2)' }).click();
    await expect(page.getByTestId('compare-table')).toContainText('Capital Region');
    await expectNoAxeViolations(page, ['#details-panel']);
  });

  test('at phone width the profile opens in the bottom sheet', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?lang=da');
    await waitForMap(page);
    await searchBox(page).fill('Lolland');
    await page.getByRole('option', { name: /Lolland.*Kommune/ }).click();
    await expect(page.locator('#details-panel')).toBeVisible();
    await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Lolland');
    await saveScreenshot(page, 'area-profile-phone-da');
    await expectNoAxeViolations(page);
  });
});
