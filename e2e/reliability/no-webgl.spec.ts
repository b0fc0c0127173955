import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { test, expect, expectNoAxeViolations, saveScreenshot } from '../support/fixtures';

// Every test here runs in a Chromium without WebGL, behind the same network guard as the rest.
test.use({
  launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--disable-3d-apis'] },
});

const details = (page: Page) => page.locator('#details-panel');
const presenceList = (page: Page) =>
  page.getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ });
const search = (page: Page) => page.getByRole('combobox', { name: /Søg efter klynge|Search clusters/ });

async function openWithoutMap(page: Page, path = '/') {
  await page.goto(path);
  const notice = page.locator('[data-map-unavailable="true"]');
  await expect(notice).toBeVisible();
  return notice;
}

test.describe('without WebGL', () => {
  test('says so plainly in Danish and English, and the panels are all there', async ({ page }) => {
    const notice = await openWithoutMap(page);
    await expect(notice.getByRole('heading')).toHaveText('Kortet kan ikke vises i denne browser');
    await expect(notice).toContainText('Kortet kræver WebGL 2');
    await expect(notice).toContainText('Lister, klyngepaneler, filtre og tabeller virker stadig');
    await expect(presenceList(page).getByRole('button').first()).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.getByTestId('map')).toHaveCount(0);
    await saveScreenshot(page, 'no-webgl-da');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(notice.getByRole('heading')).toHaveText('The map cannot be shown in this browser');
    await expect(notice).toContainText('WebGL 2');
    await saveScreenshot(page, 'no-webgl-en');
  });

  test('filters narrow the presence list', async ({ page }) => {
    await openWithoutMap(page);
    // The list fills once the dataset has loaded; count only then.
    await expect(presenceList(page).getByRole('button').first()).toBeVisible();
    const before = await presenceList(page).getByRole('button').count();
    expect(before).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /^Robot- og droneteknologi/ }).check();
    await expect.poll(() => presenceList(page).getByRole('button').count()).toBeLessThan(before);
    await expect(presenceList(page)).toContainText('Odense Robotics');
    await expect(presenceList(page)).not.toContainText('We Build Denmark');
    await page.getByRole('button', { name: 'Nulstil alle filtre' }).click();
    await expect.poll(() => presenceList(page).getByRole('button').count()).toBe(before);
  });

  test('a presence from the list opens its cluster panel, with the note behind each fact', async ({
    page,
  }) => {
    await openWithoutMap(page);
    await presenceList(page)
      .getByRole('button', { name: /^Vojens/ })
      .click();
    await expect(page).toHaveURL(/presence=food-bio-cluster-denmark--vojens/);
    await expect(details(page).getByRole('heading', { name: 'Food & Bio Cluster Denmark' })).toBeVisible();
    const vojens = details(page)
      .getByRole('region', { name: 'Tilstedeværelse' })
      .getByRole('listitem')
      .first();
    await vojens.getByRole('button', { name: /^Kilde: Vojens/ }).click();
    await expect(vojens.locator('blockquote')).toContainText('et nyt kontor i Vojens');
    // Every cluster opens from the overview too.
    await details(page).getByRole('button', { name: 'Til oversigten' }).click();
    await details(page).getByRole('button', { name: 'CLEAN', exact: true }).click();
    await expect(details(page).getByRole('heading', { name: 'CLEAN' })).toBeVisible();
  });

  test('search: choosing a cluster, a place and an area works without a map', async ({ page }) => {
    await openWithoutMap(page);
    const results = page.getByRole('listbox', { name: 'Søgeresultater' });
    await search(page).fill('Sonderborg');
    await results.getByRole('option').first().click();
    await expect(page).toHaveURL(/presence=odense-robotics--soenderborg/);
    await expect(details(page).getByRole('heading', { name: 'Odense Robotics' })).toBeVisible();
    await search(page).fill('MARLOG');
    await results
      .getByRole('option', { name: /Maritime/ })
      .first()
      .click();
    await expect(details(page).getByRole('heading', { name: /Maritime & Logistics/ })).toBeVisible();
    // An area only moves the map; with no map, nothing happens and nothing breaks.
    await search(page).fill('Bornholm');
    await results.getByRole('option', { name: /Bornholm.*Kommune/ }).click();
    await expect(search(page)).toHaveValue(/Bornholm/);
    await expect(page.getByRole('alert').filter({ hasText: /kunne ikke vises/ })).toHaveCount(0);
  });

  test('coverage: cards, distance and matrix tables, downloads; no choropleth', async ({ page }) => {
    await openWithoutMap(page, '/?view=coverage');
    await expect(page.getByRole('heading', { name: 'Dækning pr. region' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Region Sjælland' })).toContainText(
      '2 af 14 klynger til stede',
    );
    await page.getByRole('switch', { name: 'Medtag annoncerede' }).click();
    await expect(page.getByRole('article', { name: 'Region Sjælland' })).toContainText('6 af 14');
    await page
      .getByRole('group', { name: /Opdelt efter/ })
      .getByRole('radio', { name: 'Erhvervshuse' })
      .check();
    await expect(page.getByRole('article', { name: 'Erhvervshus Fyn' })).toBeVisible();
    // A header, one row per cluster, and the footer of links to each area's profile.
    await expect(page.getByRole('table', { name: /Stærkeste status/ }).getByRole('row')).toHaveCount(16);
    await page.getByRole('radio', { name: 'Afstand til nærmeste' }).check();
    const distances = page.getByRole('table', { name: /Afstand fra hver kommune/ });
    await expect(distances.getByRole('row')).toHaveCount(99);
    // A row opens its area's profile, map or not; Escape returns to the coverage.
    await distances.getByRole('button', { name: 'Lolland' }).click();
    await expect(details(page).getByRole('heading', { name: 'Lolland', level: 3 })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: /^Dækning pr\. / })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent tallene som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await saveScreenshot(page, 'no-webgl-coverage');
  });

  test('the reader opens and a highlight leads to its fact', async ({ page }) => {
    await openWithoutMap(page);
    await page.getByRole('button', { name: 'Notatet', exact: true }).click();
    const reader = page.getByRole('region', { name: 'Notatet' });
    await expect(reader.getByRole('heading', { level: 4 })).toHaveCount(14);
    await reader
      .getByRole('button', { name: /et nyt kontor i Vojens/ })
      .first()
      .click();
    const choice = reader.getByRole('group', { name: 'Sætningen understøtter' });
    if (await choice.isVisible())
      await choice
        .getByRole('button', { name: /Vojens/ })
        .first()
        .click();
    await expect(page).toHaveURL(/food-bio-cluster-denmark/);
    await page.getByRole('button', { name: 'Notatet', exact: true }).click();
    await expect(details(page).getByRole('heading', { name: 'Food & Bio Cluster Denmark' })).toBeVisible();
  });

  test('an embed says so too, and gives the map in words instead', async ({ page }) => {
    const notice = await openWithoutMap(page, '/?embed=1&lang=da&business=construction');
    await expect(notice).toContainText('Kortet kræver WebGL 2');
    await expect(notice).toContainText('Beskrivelsen nedenfor siger, hvad kortet viser');
    await expect(notice).not.toContainText('klyngepaneler');
    const description = page.getByRole('region', { name: 'Hvad kortet viser' });
    await expect(description).toBeVisible();
    await expect(description).toContainText('Kortet viser 5 af 25 tilstedeværelser: We Build Denmark');
    await expect(page.getByRole('link', { name: /Åbn i Klyngekort/ })).toBeVisible();
    await saveScreenshot(page, 'no-webgl-embed');
    await expectNoAxeViolations(page);
  });
});
