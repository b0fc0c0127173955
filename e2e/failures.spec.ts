import { test, expect, expectGuardClean, guardPage, waitForMap } from './support/fixtures';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findChromium } from '../scripts/chromium-path.mjs';

test.describe('failures are explained, never blank', () => {
  test('a failing base-map fetch shows the file and a working retry', async ({ page, guard }) => {
    let fail = true;
    await page.route('**/geo/denmark.topo.json', (route) =>
      fail ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('denmark.topo.json');
    await expect(alert).toContainText('500');
    fail = false;
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await waitForMap(page);
    // The 500 itself is logged by the browser; that is the fault we injected.
    guard.errors = guard.errors.filter((e) => !e.includes('500'));
  });

  test('a malformed base map is named as such', async ({ page }) => {
    await page.route('**/geo/denmark.topo.json', (route) => route.fulfill({ status: 200, body: '{"type":' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('ikke gyldig JSON');
  });

  test('without WebGL the page says so and stays usable', async ({ playwright, baseURL }) => {
    // A browser of its own without WebGL: its page gets the guard the fixture gives every other test.
    const browser = await playwright.chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
    });
    try {
      const page = await browser.newPage();
      const guard = await guardPage(page, baseURL);
      await page.goto(baseURL ?? '/');
      await expect(page.getByRole('alert')).toContainText('Kortet kan ikke vises');
      await expect(page.getByRole('heading', { name: 'Filtre' })).toBeVisible();
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('alert')).toContainText('The map cannot be shown');
      expectGuardClean(guard);
    } finally {
      await browser.close();
    }
  });
});
