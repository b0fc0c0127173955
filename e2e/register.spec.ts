import type { Page } from '@playwright/test';
import { test, expect, waitForMap, saveScreenshot } from './support/fixtures';
import { memberRegister } from './support/register';
import { longTasks, watchLongTasks } from '../bench/lib/long-tasks';
import { mapIdle } from './support/map';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Dine egne data' });

test.describe('a member register of 20 000 rows', () => {
  test('imports with progress, then the list, the map and coverage show all of it', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: /^Importér data/ }).click();
    await watchLongTasks(page);
    const started = Date.now();
    await dialog(page).getByLabel('Vælg fil').setInputFiles(memberRegister(20_000));
    await expect(dialog(page).getByRole('progressbar')).toBeVisible();
    await expect(dialog(page)).toContainText('20.000 datapunkter tilføjet', { timeout: 120_000 });
    console.log('ready in', Date.now() - started, 'ms; long tasks', await longTasks(page));
    await page.keyboard.press('Escape');
    await mapIdle(page);
    await saveScreenshot(page, 'register-map-desktop-da');
  });
});
