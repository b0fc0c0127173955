import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { settledCamera } from './support/presence-map';

const details = (page: Page) => page.locator('#details-panel');
const overview = (page: Page) => details(page).getByRole('table');
const heading = (page: Page, name: string) =>
  details(page).getByRole('heading', { level: 3, name, exact: true });
const section = (page: Page, name: string) => details(page).getByRole('region', { name, exact: true });

async function openFromOverview(page: Page, name: string) {
  await overview(page).getByRole('button', { name, exact: true }).click();
  await expect(heading(page, name)).toBeFocused();
}

test.describe('status overview and cluster panel', () => {
  test('the overview lists all 14 clusters and sorts by a real button with aria-sort', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const rows = overview(page).locator('tbody tr');
    await expect(rows).toHaveCount(14);
    await expect(rows.first().getByRole('rowheader')).toHaveText(/Energy Cluster Denmark/);
    const byName = overview(page).getByRole('columnheader', { name: /^Klynge/ });
    await byName.getByRole('button').click();
    await expect(byName).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows.first().getByRole('rowheader')).toHaveText(/CenSec/);
    await byName.getByRole('button').click();
    await expect(byName).toHaveAttribute('aria-sort', 'descending');
    await expect(rows.first().getByRole('rowheader')).toHaveText(/We Build Denmark/);
    const regions = overview(page).getByRole('columnheader', { name: /^Regioner/ });
    await regions.getByRole('button').click();
    await expect(regions).toHaveAttribute('aria-sort', 'descending');
    await expect(byName).not.toHaveAttribute('aria-sort');
    // Text alternatives for the region glyphs.
    await expect(rows.first().getByRole('cell').nth(1)).toContainText('Region Nordjylland: etableret');
    await expectNoAxeViolations(page);
  });

  test('Escape closes the panel and gives focus back to the overview row that opened it', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await openFromOverview(page, 'MADE');
    await expect(section(page, 'Tilstedeværelse')).toContainText(
      'Notatet nævner ingen placering for klyngen.',
    );
    await page.keyboard.press('Escape');
    await expect(overview(page).getByRole('button', { name: 'MADE', exact: true })).toBeFocused();
  });

  test('Escape gives focus back to the list item that opened the panel', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const item = page.getByRole('button', { name: /^Næstved, We Build Denmark, Etableret$/ });
    await item.click();
    await expect(heading(page, 'We Build Denmark')).toBeVisible();
    await details(page)
      .getByRole('button', { name: /^Kilde: Næstved/ })
      .focus();
    await page.keyboard.press('Escape');
    await expect(details(page).getByRole('heading', { name: 'De 14 klyngers status' })).toBeVisible();
    await expect(item).toBeFocused();
  });

  test('shows every fact with its source, in Danish number style and in English', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await openFromOverview(page, 'Energy Cluster Denmark');
    const figures = section(page, 'Nøgletal');
    await expect(figures).toContainText('knap 1 mia. kr.');
    await expect(figures).toContainText('over 60');
    await expect(figures).toContainText('400 mio. kr.');
    await expect(section(page, 'Tilstedeværelse')).toContainText('6 lokationer – ikke navngivet i notatet');
    await expect(section(page, 'Fokusområder')).toContainText('Ikke angivet i notatet');
    await expect(section(page, 'Konsolidering')).toContainText('1. juli 2020');
    const source = figures.getByRole('button', { name: /^Kilde: Nøgletal: knap 1 mia\. kr\./ });
    await source.click();
    await expect(figures.locator('blockquote:visible')).toHaveCount(1);
    await expect(figures).toContainText('projektportefølje på knap 1 mia.');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'cluster-panel-desktop-da');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(section(page, 'Key figures')).toContainText('almost DKK 1 bn');
    await expect(section(page, 'Key figures')).toContainText('DKK 400 million');
    await expect(section(page, 'Presence')).toContainText('6 locations – not named in the note');
    await expect(section(page, 'Consolidation')).toContainText('1 July 2020');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'cluster-panel-desktop-en');
  });

  test('a partner cluster opens from the collaborations; a presence moves the map there', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await openFromOverview(page, 'Energy Cluster Denmark');
    await section(page, 'Samarbejder').getByRole('button', { name: 'Åbn DigitalLead' }).click();
    await expect(heading(page, 'DigitalLead')).toBeFocused();
    await expect(section(page, 'Konsolidering')).toContainText('Ukendt – notatet siger det ikke');
    await section(page, 'Tilstedeværelse')
      .getByRole('button', { name: /^Vis på kortet: RUC \(Roskilde\)/ })
      .click();
    const camera = await settledCamera(page);
    expect(camera.center[0]).toBeCloseTo(12.08, 1);
    expect(camera.center[1]).toBeCloseTo(55.64, 1);
  });

  test('an inferred head office says so, with its reason', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await openFromOverview(page, 'Copenhagen FinTech');
    const presence = section(page, 'Tilstedeværelse');
    await expect(
      presence.getByRole('button', {
        name: /^Vis på kortet: Copenhagen \(København\), Copenhagen FinTech, Etableret, udledt$/,
      }),
    ).toBeVisible();
    await expect(presence).toContainText('Udledt: Notatet nævner ikke klyngens adresse');
  });

  for (const lang of ['da', 'en'] as const) {
    test(`panel and overview at phone size (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      await waitForMap(page);
      await page.getByRole('button', { name: lang === 'en' ? 'Show details' : 'Vis detaljer' }).click();
      await expect(overview(page)).toBeVisible();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, `overview-phone-${lang}`);
      await overview(page).getByRole('button', { name: 'Odense Robotics', exact: true }).click();
      await expect(heading(page, 'Odense Robotics')).toBeVisible();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, `cluster-panel-phone-${lang}`);
    });
  }
});
