import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForMap } from './support/fixtures';
import { download } from './support/downloads';

/**
 * Every feature by keyboard alone. `tabTo` proves a control is reachable with Tab (and how many
 * presses it takes, to catch traps); from there only keys are used.
 */
async function tabTo(page: Page, target: Locator, { max = 80, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return i;
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached with ${max} presses of Tab: ${target.toString()}`);
}

/** The focused element shows the app's focus ring (WCAG 2.4.7). */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline?.style).not.toBe('none');
  expect(outline?.width ?? 0).toBeGreaterThanOrEqual(2);
}

const details = (page: Page) => page.locator('#details-panel');

test.describe('keyboard only', () => {
  // Long flows through many controls, on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test('skip link, search, filters, list → panel → Escape', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Spring til indhold' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();

    // Search: type, arrow to the option, Enter.
    const search = page.getByRole('combobox');
    await tabTo(page, search, { shift: true });
    await page.keyboard.type('Vojens');
    await page.keyboard.press('ArrowDown');
    await expect(search).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(
      details(page).getByRole('heading', { level: 3, name: 'Food & Bio Cluster Denmark' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/presence=food-bio-cluster-denmark--vojens/);

    // Filters: Space ticks a facet, the count follows, reset by Enter.
    const construction = page.getByRole('checkbox', { name: /^Byggeri og anlæg/ });
    await tabTo(page, construction);
    await expectVisibleFocus(page);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-visible-count]')).toHaveAttribute('data-visible-count', '5');
    await tabTo(page, page.getByRole('button', { name: 'Nulstil alle filtre' }), { shift: true });
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-visible-count]')).toHaveAttribute('data-visible-count', '25');

    // The list is one Tab stop; arrows move, Enter opens the cluster, Escape comes back.
    const list = page.getByRole('list', { name: /Tilstedeværelser på kortet/ });
    await tabTo(page, list.locator('[tabindex="0"]'));
    const aalborg = list.getByRole('button', { name: /^Aalborg, We Build Denmark/ });
    for (let i = 0; i < 30 && !(await aalborg.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(aalborg).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 3, name: 'We Build Denmark' })).toBeVisible();
    // The cluster panel's first button (the panel's header above it holds the fold button).
    await tabTo(page, page.locator('#details-panel-body').getByRole('button').first());
    await page.keyboard.press('Escape');
    await expect(aalborg).toBeFocused();
  });

  test('view switch and every coverage control', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const coverage = page.getByRole('button', { name: 'Dækning og huller' });
    await tabTo(page, coverage);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(coverage).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#coverage-matrix-title')).toBeVisible();

    const controls = page.getByRole('group', { name: 'Indstillinger for dækning' });
    await tabTo(page, controls.getByRole('radio', { name: 'Antal klynger' }));
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/metric=distance/);
    await tabTo(page, controls.getByRole('radio', { name: 'Regioner' }));
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/level=erhvervshus/);
    await tabTo(page, controls.getByRole('switch', { name: 'Medtag annoncerede' }));
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/announced=1/);

    // The matrix sorts from its column buttons.
    const matrix = page.locator('section[aria-labelledby="coverage-matrix-title"]');
    // The distance table above it has a button per municipality: a long way by Tab, but a way.
    await tabTo(page, matrix.locator('thead button').nth(1), { max: 400 });
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(matrix.locator('thead th').nth(1)).toHaveAttribute('aria-sort', 'descending');
  });

  test('the reader opens and closes from the header, focus comes back', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const note = page.getByRole('button', { name: 'Notatet', exact: true });
    await tabTo(page, note);
    await page.keyboard.press('Enter');
    await expect(note).toHaveAttribute('aria-pressed', 'true');
    await expect(details(page).getByRole('heading', { level: 4 }).first()).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(note).toBeFocused();
    await expect(note).toHaveAttribute('aria-pressed', 'false');
  });

  test('export menu: open, download the CSV, Escape back to the button', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const button = page.getByRole('button', { name: 'Eksportér', exact: true });
    await tabTo(page, button);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /^Kortet som billede/ })).toBeFocused();
    await page.keyboard.press('Tab');
    const csv = page.getByRole('button', { name: /^Tilstedeværelser som CSV/ });
    await expect(csv).toBeFocused();
    await expectVisibleFocus(page);
    const file = await download(page, () => page.keyboard.press('Enter'));
    expect(file.name).toMatch(/\.csv$/);
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('legend, border switch, map keys and language by keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const legend = page.getByRole('button', { name: 'Signaturforklaring' });
    await tabTo(page, legend);
    await page.keyboard.press('Enter');
    await expect(legend).toHaveAttribute('aria-expanded', 'true');
    // The legend scrolls on small screens, so it takes focus itself.
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    await tabTo(page, page.getByRole('radio', { name: 'Regioner' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Erhvervshuse' })).toBeChecked();

    const canvas = page.locator('.maplibregl-canvas');
    await tabTo(page, canvas, { shift: true, max: 120 });
    await expectVisibleFocus(page);
    const before = await page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0);
    await page.keyboard.press('Equal');
    await expect
      .poll(() => page.evaluate(() => window.__klyngekortMap?.getZoom() ?? 0))
      .toBeGreaterThan(before);

    await tabTo(page, page.getByRole('button', { name: 'English' }), { shift: true, max: 120 });
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  });
});
