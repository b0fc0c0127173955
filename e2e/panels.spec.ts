import type { Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/fixtures';
import { settledCamera } from './support/presence-map';

/** How much of the window's width the map's canvas gets. */
const mapShare = (page: Page) =>
  page.evaluate(() => {
    const canvas = window.__klyngekortMap?.getCanvas().getBoundingClientRect();
    return (canvas?.width ?? 0) / window.innerWidth;
  });

test.describe('side panels fold to a rail (issue 16)', () => {
  test('both fold by keyboard, the map takes the width, the link keeps it, and both unfold', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    expect(await mapShare(page)).toBeLessThan(0.6);
    const before = await settledCamera(page);

    const hideFilters = page.getByRole('button', { name: 'Skjul filtre' });
    await expect(hideFilters).toHaveAttribute('aria-expanded', 'true');
    await hideFilters.focus();
    await page.keyboard.press('Enter');
    const showFilters = page.getByRole('button', { name: 'Vis filtre' });
    await expect(showFilters).toBeFocused();
    await expect(showFilters).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('checkbox', { name: /^Byggeri og anlæg/ })).toBeHidden();

    await page.getByRole('button', { name: 'Skjul detaljer' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Vis detaljer' })).toBeFocused();
    await expect(page).toHaveURL(/[?&]fold=filters,details(&|$)/);
    await expect.poll(() => mapShare(page)).toBeGreaterThanOrEqual(0.9);
    // An untouched view fits Denmark again in the wider map, and the link still names no camera.
    await expect.poll(async () => (await settledCamera(page)).zoom).toBeGreaterThanOrEqual(before.zoom);
    expect(page.url()).not.toContain('map=');

    // The link opens folded.
    await page.reload();
    await waitForMap(page);
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.9);

    await page.getByRole('button', { name: 'Vis filtre' }).click();
    await expect(page.getByRole('button', { name: 'Skjul filtre' })).toBeFocused();
    await page.getByRole('button', { name: 'Vis detaljer' }).click();
    await expect(page.getByRole('checkbox', { name: /^Byggeri og anlæg/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'De 14 klyngers status' })).toBeVisible();
    await expect.poll(() => mapShare(page)).toBeLessThan(0.6);
    await expect(page).not.toHaveURL(/fold=/);
  });

  test('named in English too, and not offered on a phone', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Hide details' }).click();
    await expect(page.getByRole('button', { name: 'Show details' })).toBeVisible();
    // A phone shows the panels as sheets: no rails, no fold buttons, whatever the link says.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator('[data-fold-toggle]:visible')).toHaveCount(0);
    await page.getByRole('navigation').getByRole('button', { name: 'Show details' }).click();
    await expect(page.getByRole('heading', { name: 'Status of the 14 clusters' })).toBeVisible();
  });
});
