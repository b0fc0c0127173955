import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';

const count = (page: Page) => page.locator('[data-visible-count]');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const historyLength = (page: Page) => page.evaluate(() => history.length);
const notice = (page: Page) => page.getByText(/Linket indeholdt noget, kortet ikke kender/);

/** What the presence list shows and which item is current (issue 4's list: buttons with aria-current). */
async function listState(page: Page) {
  const list = page.getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ });
  const buttons = list.getByRole('button');
  await expect(buttons.first()).toBeVisible();
  const names = await buttons.evaluateAll((bs) =>
    bs.map((b) => b.getAttribute('aria-label') ?? b.textContent),
  );
  const current = await list
    .locator('[aria-current="true"]')
    .evaluateAll((bs) => bs.map((b) => b.textContent));
  return { names, current };
}

test.describe('shareable views', () => {
  test('a link round trip restores the same list and selection', async ({ page, context }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('checkbox', { name: /^Byggeri og anlæg/ }).check();
    await page.getByRole('combobox', { name: /Søg efter klynge/ }).fill('Næstved');
    await page.getByRole('option', { name: /Næstved.*Sted i notatet/ }).click();
    await expect(page).toHaveURL(/presence=we-build-denmark--naestved/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect.poll(() => param(page, 'map')).not.toBeNull();
    const link = page.url();
    expect(link).toMatch(
      /\?business=construction&lang=en&map=[\d.]+,[\d.]+,[\d.]+&presence=we-build-denmark--naestved$/,
    );
    const before = await listState(page);
    const zoom = await page.evaluate(() => window.__klyngekortMap?.getZoom());

    const other = await context.newPage();
    await other.goto(link);
    await waitForMap(other);
    await expect(other.locator('html')).toHaveAttribute('lang', 'en');
    await expect(count(other)).toHaveAttribute('data-visible-count', '5');
    await expect(other.getByRole('checkbox', { name: /^Construction and civil engineering/ })).toBeChecked();
    expect(await listState(other)).toEqual(before);
    expect(before.current.join()).toMatch(/Næstved/);
    expect(await other.evaluate(() => window.__klyngekortMap?.getZoom())).toBeCloseTo(zoom ?? 0, 1);
    expect(other.url()).toBe(link);
  });

  test('Back undoes a filter; panning and language do not add history entries', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const start = await historyLength(page);
    await page.getByRole('checkbox', { name: /^Energiteknologi/ }).check();
    await page.getByRole('checkbox', { name: /^Miljøteknologi/ }).check();
    await expect(count(page)).toHaveAttribute('data-visible-count', '2');
    expect(await historyLength(page)).toBe(start + 2);

    // Drag the map and switch language: the current entry is replaced, not added to.
    const map = page.getByTestId('map');
    const boxOf = await map.boundingBox();
    if (!boxOf) throw new Error('no map box');
    await page.mouse.move(boxOf.x + boxOf.width / 2, boxOf.y + boxOf.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(boxOf.x + boxOf.width / 2 - i * 15, boxOf.y + boxOf.height / 2);
    await page.mouse.up();
    await expect.poll(() => param(page, 'map')).not.toBeNull();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    expect(await historyLength(page)).toBe(start + 2);

    await page.goBack();
    await expect(page).toHaveURL(/business=energy-technology&/);
    await expect(count(page)).toHaveAttribute('data-visible-count', '0');
    await expect(page.getByRole('checkbox', { name: /^Environmental technology/ })).not.toBeChecked();
    await page.goBack();
    await expect(count(page)).toHaveAttribute('data-visible-count', '25');
    await expect(page.getByRole('checkbox', { name: /^Energy technology/ })).not.toBeChecked();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /^Energy technology/ })).toBeChecked();
    // Language is not part of history: it stays English throughout.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a deep link opens the cluster panel', async ({ page }) => {
    await page.goto('/?cluster=food-bio-cluster-denmark');
    await waitForMap(page);
    await expect(
      page.getByRole('heading', { name: 'Food & Bio Cluster Denmark', exact: true }),
    ).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });

  test('an unknown id shows a notice and the default view', async ({ page }) => {
    await page.goto('/?cluster=no-such-cluster&status=bogus&map=abc');
    await waitForMap(page);
    await expect(notice(page).first()).toBeVisible();
    await expect(page.getByText(/cluster=no-such-cluster/)).toBeVisible();
    await expect(page.getByText(/status=bogus/)).toBeVisible();
    await expect(count(page)).toHaveAttribute('data-visible-count', '25');
    await expect(page.getByRole('heading', { name: 'De 14 klyngers status' })).toBeVisible();
    await expect.poll(() => param(page, 'cluster')).toBeNull();
    expect(param(page, 'status')).toBeNull();
    await expectNoAxeViolations(page, ['[role="status"]']);
    await saveScreenshot(page, 'url-unknown-values');
    await page.getByRole('button', { name: 'Luk beskeden' }).first().click();
  });

  test('hostile links never break the page', async ({ page }) => {
    for (const search of [
      '?%E0%A4%A',
      '?business=%00,<script>&__proto__=1&map=1e999,2,3',
      `?${'x='.repeat(3000)}`,
    ]) {
      await page.goto(`/${search}`);
      await waitForMap(page);
      await expect(count(page)).toHaveAttribute('data-visible-count', '25');
    }
  });

  test('coverage view, its options and the reader come back from a link', async ({ page }) => {
    await page.goto('/?announced=1&level=municipality&metric=distance&reader=1&view=coverage');
    await waitForMap(page);
    await expect(page.getByRole('button', { name: /Dækning og huller/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Notatet', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(new URL(page.url()).search).toBe(
      '?announced=1&lang=da&level=municipality&metric=distance&reader=1&view=coverage',
    );
  });
});
