import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { renderedProperty } from './support/map';

test.describe('base map', () => {
  test('shows all of Denmark offline with borders and labels', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const municipalities = new Set(await renderedProperty(page, 'land-fill', 'code'));
    expect(municipalities.size).toBe(98);
    const regions = await renderedProperty(page, 'region-labels', 'name');
    expect(regions.length).toBeGreaterThanOrEqual(4);
    const towns = await renderedProperty(page, 'town-labels', 'name');
    expect(towns).toEqual(expect.arrayContaining(['Aarhus', 'Odense', 'Aalborg']));
    // At the first view København's name yields to the markers crowded around it (the label priorities
    // of the legibility issue are not merged yet); its dot is drawn, and one zoom step shows its name.
    expect(await renderedProperty(page, 'town-dots', 'name')).toContain('København');
    await page.evaluate(() => window.__klyngekortMap?.jumpTo({ center: [12.57, 55.68], zoom: 8 }));
    await expect.poll(() => renderedProperty(page, 'town-labels', 'name')).toContain('København');
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
