import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { drawnAreas, drawnPresences } from './support/presence-map';

/** This spec's views: the filters and the header (issue 4 checks its own list and panels). */
const MY_VIEWS = ['#filters', 'header'];
const count = (page: Page) => page.locator('[data-visible-count]');

/** Presence ids drawn on the map: town markers, stacks and area-level chips. */
async function mapIds(page: Page): Promise<string[]> {
  const { markers, stacked, chips } = await drawnPresences(page);
  return [...markers, ...stacked, ...chips].sort();
}

/** Presence ids in the accessible list beside the map (each item is a button). */
async function listIds(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ });
  const ids = await list
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons
        .map((b) => b.getAttribute('data-roving-id') ?? '')
        .filter((id) => id && !id.startsWith('cluster:')),
    );
  return ids.sort();
}

async function expectMapAndListToShow(page: Page, expected: string[]) {
  await expect(count(page)).toHaveAttribute('data-visible-count', String(expected.length));
  await expect.poll(() => listIds(page)).toEqual(expected);
  await expect.poll(() => mapIds(page)).toEqual(expected);
}

const openFacet = (page: Page, name: RegExp) => page.locator('summary').filter({ hasText: name }).click();

test.describe('filters', () => {
  test('a business area and Region Sjælland narrow map, list and counts together', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await expect(count(page)).toHaveAttribute('data-visible-count', '25');
    // Area-level presences tint their areas; a filter hides the areas it empties (feature state).
    const everyArea = ['funen:fyn', 'municipality:0360', 'region:1082', 'region:1084', 'region:1085'];
    await expect.poll(() => drawnAreas(page)).toEqual(everyArea);

    await page.getByRole('checkbox', { name: 'Robot- og droneteknologi (7)' }).check();
    await expectMapAndListToShow(page, [
      'odense-robotics--aalborg',
      'odense-robotics--aarhus',
      'odense-robotics--femern-baelt-projektet',
      'odense-robotics--koebenhavn',
      'odense-robotics--odense',
      'odense-robotics--sjaelland',
      'odense-robotics--soenderborg',
    ]);

    // Counts are cross-filtered: the region facet counts within robotics.
    await expect.poll(() => drawnAreas(page)).toEqual(['municipality:0360', 'region:1085']);
    await openFacet(page, /^Region/);
    await page.getByRole('checkbox', { name: 'Region Sjælland (2)' }).check();
    await expectMapAndListToShow(page, [
      'odense-robotics--femern-baelt-projektet',
      'odense-robotics--sjaelland',
    ]);
    // …and the business-area counts within Region Sjælland.
    await expect(page.getByRole('checkbox', { name: 'Digitale teknologier (2)' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Fødevarer og bioressourcer (1)' })).toBeVisible();
    await saveScreenshot(page, 'filters-robotics-sjaelland');

    // Another area within the same region: robotics or digital.
    await page.getByRole('checkbox', { name: /^Digitale teknologier/ }).check();
    await expectMapAndListToShow(page, [
      'digitallead--ruc',
      'digitallead--sjaelland',
      'odense-robotics--femern-baelt-projektet',
      'odense-robotics--sjaelland',
    ]);

    // Chips remove one value; one action resets everything.
    await page.getByRole('button', { name: 'Fjern filter: Region Sjælland' }).click();
    await expect(count(page)).toHaveAttribute('data-visible-count', '10');
    await page.getByRole('button', { name: 'Nulstil alle filtre' }).click();
    await expect(count(page)).toHaveAttribute('data-visible-count', '25');
    await expect(page.getByRole('checkbox', { name: /^Robot- og droneteknologi/ })).not.toBeChecked();
    await expect.poll(() => drawnAreas(page)).toEqual(everyArea);
  });

  test('"på Fyn" counts under both erhvervshus areas it covers, clusters without presences show 0', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await openFacet(page, /^Klynge/);
    await expect(page.getByRole('checkbox', { name: 'Energy Cluster Denmark (0)' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Vision Denmark/ }).check();
    await openFacet(page, /^Erhvervshus/);
    await expect(page.getByRole('checkbox', { name: 'Erhvervshus Fyn (1)' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Erhvervshus Sydjylland (1)' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Erhvervshus Sydjylland/ }).check();
    await expectMapAndListToShow(page, ['vision-denmark--fyn']);
  });

  test('fits the map to the filtered set', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await openFacet(page, /^Region/);
    await page.getByRole('checkbox', { name: /^Region Nordjylland/ }).check();
    await page.getByRole('button', { name: 'Zoom til de viste' }).click();
    await expect(page).toHaveURL(/map=9\.9\d*,57\.0\d*,10/);
    const center = await page.evaluate(() => window.__klyngekortMap?.getCenter().toArray());
    expect(center?.[0]).toBeCloseTo(9.92, 1);
  });

  test('works in English, on a phone sheet, with no axe violations', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMap(page);
    await expect(page.getByRole('checkbox', { name: 'Energy technology (0)' })).toBeVisible();
    await expectNoAxeViolations(page, MY_VIEWS);
    await page.getByRole('checkbox', { name: /^Construction and civil engineering/ }).check();
    await expect(
      page.getByRole('button', { name: 'Remove filter: Construction and civil engineering' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, MY_VIEWS);
    await saveScreenshot(page, 'filters-desktop-en');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Show filters' }).click();
    await page.getByRole('checkbox', { name: /^Robot and drone technology/ }).check();
    await expect(count(page)).toHaveAttribute('data-visible-count', '12');
    const box = await page
      .getByRole('checkbox', { name: /^Sound technology/ })
      .locator('..')
      .boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(page, MY_VIEWS);
    await saveScreenshot(page, 'filters-phone-en');
  });
});
