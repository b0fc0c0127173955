import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import {
  clusterName,
  dataset,
  drawnPresences,
  markerPoint,
  pagePoint,
  selectedOnMap,
  settledCamera,
} from './support/presence-map';

const VOJENS = 'food-bio-cluster-denmark--vojens';
const SHARED_TOWNS = ['Aalborg', 'Aarhus', 'København'];

const list = (page: Page) =>
  page.getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ });
const panelHeading = (page: Page, name: string) =>
  page.locator('#details-panel').getByRole('heading', { level: 3, name, exact: true });

test.describe('presences on the map', () => {
  test('clicking the Vojens office on the canvas opens Food & Bio Cluster Denmark', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const vojens = dataset.presences.find((p) => p.id === VOJENS);
    const at = await pagePoint(page, vojens?.point ?? [0, 0]);
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator('.presence-tooltip');
    await expect(tooltip).toContainText('Vojens');
    await expect(tooltip).toContainText('Food & Bio Cluster Denmark');
    await expect(tooltip).toContainText('Etableret');
    await page.mouse.click(at.x, at.y);
    await expect(panelHeading(page, 'Food & Bio Cluster Denmark')).toBeVisible();
    await expect.poll(() => selectedOnMap(page)).toEqual([VOJENS]);
    await expect(
      list(page).getByRole('button', { name: /^Vojens.*Food & Bio Cluster Denmark/ }),
    ).toHaveAttribute('aria-current', 'true');
  });

  test('the same through the keyboard list: arrows move, Enter selects, the map follows', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const buttons = list(page).getByRole('button');
    await buttons.first().focus();
    // One Tab stop for the whole list.
    await expect(list(page).locator('[tabindex="0"]')).toHaveCount(1);
    const vojens = list(page).getByRole('button', {
      name: /^Vojens \(Haderslev\), Food & Bio Cluster Denmark, Etableret$/,
    });
    for (let i = 0; i < 10 && !(await vojens.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(vojens).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page, 'Food & Bio Cluster Denmark')).toBeVisible();
    await expect(vojens).toBeFocused();
    await expect.poll(() => selectedOnMap(page)).toEqual([VOJENS]);
    const camera = await settledCamera(page);
    expect(camera.center[0]).toBeCloseTo(9.306, 1);
    expect(camera.center[1]).toBeCloseTo(55.246, 1);
    await page.keyboard.press('Home');
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(buttons.last()).toBeFocused();
  });

  test('every cluster in Aalborg, Aarhus and København is reachable on the map and in the list', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const shared = dataset.presences.filter(
      (p) => p.point && SHARED_TOWNS.includes(p.municipality?.name ?? ''),
    );
    expect(shared.length).toBeGreaterThanOrEqual(7);
    for (const p of shared) {
      const at = await markerPoint(page, p.id);
      await page.mouse.click(at.x, at.y);
      await expect(panelHeading(page, clusterName(p.clusterId)), p.id).toBeVisible();
      await expect.poll(() => selectedOnMap(page), { message: p.id }).toEqual([p.id]);
    }
    for (const p of shared) {
      const item = list(page).getByRole('button', {
        name: new RegExp(`^${p.place}.*, ${clusterName(p.clusterId)}, `),
      });
      await item.click();
      await expect(panelHeading(page, clusterName(p.clusterId)), p.id).toBeVisible();
      await expect(item).toHaveAttribute('aria-current', 'true');
    }
  });

  test('draws every presence: markers for towns, a chip on its area for each area-level one, one list item each', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const drawn = await drawnPresences(page);
    const cities = dataset.presences.filter((p) => p.point).map((p) => p.id);
    const areas = dataset.presences.filter((p) => !p.point).map((p) => p.id);
    // At a desktop's first view the note's towns all have room for their rings: no stacks.
    expect(drawn.stacked).toEqual([]);
    expect(drawn.markers).toEqual(cities.sort());
    expect(drawn.chips).toEqual(areas.sort());
    const items = await list(page)
      .getByRole('button')
      .evaluateAll((bs) =>
        bs.map((b) => b.getAttribute('data-roving-id')).filter((id) => id && !id.startsWith('cluster:')),
      );
    expect(items.sort()).toEqual(dataset.presences.map((p) => p.id).sort());
  });

  test('overlapping areas on Sjælland: a click asks which cluster is meant', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    // Open land in western Zealand, inside Region Sjælland, away from markers and labels.
    const at = await pagePoint(page, [11.45, 55.62]);
    await page.mouse.click(at.x, at.y);
    const chooser = page.getByRole('group', { name: 'Flere klynger her' });
    await expect(chooser.getByRole('button')).toHaveText([
      /CLEAN/,
      /Maritime & Logistics/,
      /DigitalLead/,
      /Odense Robotics/,
    ]);
    await chooser.getByRole('button', { name: /Maritime & Logistics Innovation Denmark/ }).click();
    await expect(panelHeading(page, 'Maritime & Logistics Innovation Denmark (MARLOG)')).toBeVisible();
    await expect.poll(() => selectedOnMap(page)).toEqual(['marlog--sjaelland']);
  });

  test('Escape on the map closes the panel; the legend opens and closes', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const at = await markerPoint(page, VOJENS);
    await page.mouse.click(at.x, at.y);
    await expect(panelHeading(page, 'Food & Bio Cluster Denmark')).toBeVisible();
    await page
      .getByRole('region', { name: /Kort over Danmark/ })
      .or(page.getByLabel(/Kort over Danmark/))
      .first()
      .focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'De 14 klyngers status' })).toBeVisible();
    const legend = page.getByRole('button', { name: 'Signaturforklaring' });
    await expect(legend).toHaveAttribute('aria-expanded', 'false');
    await legend.click();
    await expect(legend).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('Udledt – stedet står ikke i notatet')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const lang of ['da', 'en'] as const) {
    test(`looks right and passes axe on desktop and phone (${lang})`, async ({ page }) => {
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      await waitForMap(page);
      await page.getByRole('button', { name: lang === 'en' ? 'Legend' : 'Signaturforklaring' }).click();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, `presences-desktop-${lang}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await waitForMap(page);
      await saveScreenshot(page, `presences-phone-map-${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Show filters' : 'Vis filtre' }).click();
      const aalborg = list(page).getByRole('button', { name: /^Aalborg, We Build Denmark/ });
      await aalborg.scrollIntoViewIfNeeded();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, `presences-phone-list-${lang}`);
      await aalborg.click();
      // At phone width choosing a presence opens its cluster in the bottom sheet.
      await expect(panelHeading(page, 'We Build Denmark')).toBeVisible();
      await saveScreenshot(page, `presences-phone-selected-${lang}`);
    });
  }
});
