import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';

const box = (page: Page) => page.getByRole('combobox', { name: /Søg efter klynge|Search clusters/ });
const results = (page: Page) => page.getByRole('listbox', { name: /Søgeresultater|Search results/ });
const center = (page: Page) => page.evaluate(() => window.__klyngekortMap?.getCenter().toArray() ?? []);

test.describe('search', () => {
  test('"Sonderborg" finds Sønderborg; arrows and Enter choose it', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    for (const typed of ['Sonderborg', 'Soenderborg', 'sønderborg']) {
      await box(page).fill(typed);
      await expect(results(page).getByRole('option').first()).toContainText('Sønderborg');
      await expect(results(page).getByRole('option', { name: /Sønderborg.*Kommune/ })).toBeVisible();
    }
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('status').filter({ hasText: /resultat/ })).toHaveText(/^\d+ resultat/);
    await saveScreenshot(page, 'search-sonderborg');
    await expectNoAxeViolations(page, ['header']);

    await box(page).press('ArrowDown');
    const first = results(page).getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await box(page).press('Enter');
    await expect(results(page)).toBeHidden();
    await expect(box(page)).toHaveValue('Sønderborg');
    await expect(page).toHaveURL(/presence=odense-robotics--soenderborg/);
    await expect.poll(async () => (await center(page))[0] ?? 0).toBeCloseTo(9.79, 1);
  });

  test('knows English names and Danish letters typed the ASCII way', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMap(page);
    const cases: [string, RegExp][] = [
      ['Copenhagen', /København/],
      ['Zealand', /Region Zealand/],
      ['Funen', /Funen/],
      ['Aarhus', /Aarhus/],
      ['Århus', /Aarhus/],
      ['Jutland', /Jutland/],
      ['Naestved', /Næstved/],
    ];
    for (const [typed, expected] of cases) {
      await box(page).fill(typed);
      await expect(results(page).getByRole('option', { name: expected }).first(), typed).toBeVisible();
    }
    await expectNoAxeViolations(page, ['header']);
  });

  test('says when nothing matches, Escape closes then clears', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await box(page).fill('qwxz');
    await expect(page.getByText('Ingen resultater', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ingen resultater' })).toBeAttached();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    await box(page).fill('Odense');
    await expect(results(page)).toBeVisible();
    await box(page).press('Escape');
    await expect(results(page)).toBeHidden();
    await box(page).press('Escape');
    await expect(box(page)).toHaveValue('');
  });

  test('a municipality moves the map to it; a cluster is selected', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await box(page).fill('Bornholm');
    await results(page)
      .getByRole('option', { name: /Bornholm.*Kommune/ })
      .click();
    await expect.poll(async () => (await center(page))[0] ?? 0).toBeGreaterThan(14.6);
    await expect(page).toHaveURL(/map=14\.\d+,55\.\d+,/);

    await box(page).fill('marlog');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/cluster=marlog/);
  });

  test('is reachable at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await waitForMap(page);
    await expect(box(page)).toBeVisible();
    const size = await box(page).boundingBox();
    expect(size?.height).toBeGreaterThanOrEqual(44);
    await box(page).fill('Zealand');
    await expect(results(page).getByRole('option', { name: /Region Sjælland/ })).toBeVisible();
    await saveScreenshot(page, 'search-phone');
    await results(page)
      .getByRole('option', { name: /Region Sjælland/ })
      .click();
    await expect.poll(async () => (await center(page))[0] ?? 0).toBeGreaterThan(11);
  });
});
