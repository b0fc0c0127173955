import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { renderedProperty } from './support/map';

test.describe('base map', () => {
  test('shows all of Denmark offline with borders and labels', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const municipalities = new Set(await renderedProperty(page, 'land-fill', 'code'));
    expect(municipalities.size).toBe(98);
    const regions = await renderedProperty(page, 'region-labels', 'name');
    // Region names come last in the label priorities (docs/map-legibility.md): where markers crowd
    // Midtjylland and Sjælland at the first view, their names give way; the others stay.
    expect(regions).toEqual(expect.arrayContaining(['Region Nordjylland', 'Region Syddanmark']));
    const towns = await renderedProperty(page, 'town-labels', 'name');
    expect(towns).toEqual(expect.arrayContaining(['København', 'Aarhus', 'Odense', 'Aalborg']));
    await expect(
      page
        .getByRole('region', { name: /Kort over Danmark/ })
        .or(page.getByLabel(/Kort over Danmark/))
        .first(),
    ).toBeVisible();
    await expect(page.getByText(/Klimadatastyrelsen/)).toBeVisible();
    await saveScreenshot(page, 'base-map-desktop');
  });

  test('fits Denmark, Bornholm included, at phone size', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await waitForMap(page);
    const municipalities = new Set(await renderedProperty(page, 'land-fill', 'code'));
    expect(municipalities.size).toBe(98);
    expect(municipalities.has('0400')).toBe(true);
    await expect(page.getByRole('button', { name: 'Vis filtre' })).toBeVisible();
    await saveScreenshot(page, 'base-map-phone');
  });

  test('has no axe violations in Danish and English', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('switches the border set between regions and erhvervshus areas', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('radio', { name: 'Erhvervshuse' }).check();
    await expect(page.getByRole('radio', { name: 'Erhvervshuse' })).toBeChecked();
    const drawn = await page.evaluate(() => {
      const map = window.__klyngekortMap;
      return map?.queryRenderedFeatures({ layers: ['admin-border'] }).length ?? 0;
    });
    expect(drawn).toBeGreaterThan(0);
  });
});
