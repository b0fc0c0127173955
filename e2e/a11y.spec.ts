import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';

/**
 * axe (WCAG 2.1 A and AA) on every view and state, in Danish and in English: the states are reached
 * by link where a link can say them, else by the controls a user would press.
 */
const LANGS = ['da', 'en'] as const;
type Lang = (typeof LANGS)[number];

const words = {
  da: {
    legend: 'Signaturforklaring',
    export: 'Eksportér',
    filters: 'Vis filtre',
    details: 'Vis detaljer',
    expand: 'Udvid panelet',
  },
  en: {
    legend: 'Legend',
    export: 'Export',
    filters: 'Show filters',
    details: 'Show details',
    expand: 'Expand the panel',
  },
} as const;

async function open(page: Page, lang: Lang, query = '') {
  await page.goto(`/?lang=${lang}${query ? `&${query}` : ''}`);
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Checks the page and names the state in the failure, so a violation says where it was found. */
async function check(page: Page, state: string) {
  await test.step(state, () => expectNoAxeViolations(page));
}

// Many states a test, each a page load and an axe run: more than the default 45 s on a busy machine.
test.describe.configure({ timeout: 150_000 });

for (const lang of LANGS) {
  test.describe(`axe (${lang})`, () => {
    test('presence view: overview, legend, search, export menu, filters, panels, notices', async ({
      page,
    }) => {
      await open(page, lang);
      await check(page, 'overview');
      await page.getByRole('button', { name: words[lang].legend }).click();
      await check(page, 'legend open');
      const search = page.getByRole('combobox');
      await search.fill('Aarhus');
      await expect(page.getByRole('listbox')).toBeVisible();
      await check(page, 'search open');
      await search.press('Escape');
      await page.getByRole('button', { name: words[lang].export, exact: true }).click();
      await check(page, 'export menu open');
      await page.keyboard.press('Escape');

      await open(page, lang, 'business=construction&status=established,planned');
      await check(page, 'filtered');
      await open(page, lang, 'cluster=food-bio-cluster-denmark');
      await check(page, 'cluster panel');
      await open(page, lang, 'presence=odense-robotics--odense');
      await check(page, 'an inferred presence selected');
      await open(page, lang, 'presence=clean--sjaelland');
      await check(page, 'an area presence selected');
      await open(page, lang, 'cluster=no-such-cluster&status=bogus');
      await expect(page.getByRole('status').filter({ hasText: /no-such-cluster/ })).toBeVisible();
      await check(page, 'notices');
      await saveScreenshot(page, `a11y-notice-${lang}`);
    });

    test('coverage view: every level and metric, with and without announced offices', async ({ page }) => {
      for (const metric of ['clusters', 'distance'] as const) {
        for (const level of ['region', 'erhvervshus', 'municipality'] as const) {
          await open(page, lang, `view=coverage&metric=${metric}&level=${level}`);
          await expect(page.locator('#coverage-matrix-title')).toBeVisible();
          await check(page, `coverage ${metric} by ${level}`);
        }
      }
      await open(page, lang, 'view=coverage&announced=1');
      await expect(page.locator('#coverage-matrix-title')).toBeVisible();
      await check(page, 'coverage with announced');
    });

    test('the source reader, at a fact and in full', async ({ page }) => {
      await open(page, lang, 'reader=1');
      await expect(page.getByRole('heading', { level: 4 }).first()).toBeVisible();
      await check(page, 'reader');
      await open(page, lang, 'reader=1&presence=food-bio-cluster-denmark--vojens');
      await check(page, 'reader at a presence');
    });

    test('phone: map first, each bottom sheet, tall and short', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, lang);
      await check(page, 'phone map');
      await page.getByRole('button', { name: words[lang].filters }).click();
      await check(page, 'phone filters sheet');
      await page.locator('#filters-panel').getByRole('button', { name: words[lang].expand }).click();
      await check(page, 'phone filters sheet, tall');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: words[lang].details }).click();
      await check(page, 'phone details sheet');
      await open(page, lang, 'cluster=marlog');
      await page.getByRole('button', { name: words[lang].details }).click();
      await check(page, 'phone cluster panel');
      await open(page, lang, 'view=coverage');
      await page.getByRole('button', { name: words[lang].details }).click();
      await check(page, 'phone coverage panel');
      await saveScreenshot(page, `a11y-phone-coverage-${lang}`);
    });
  });
}

test('reduced motion: camera moves land at once; otherwise they fly', async ({ page }) => {
  for (const reduce of [true, false]) {
    await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
    await page.goto('/');
    await waitForMap(page);
    for (const control of [
      page.getByRole('button', { name: /^Vojens \(Haderslev\), Food & Bio Cluster Denmark/ }),
      page.getByRole('button', { name: 'Zoom til de viste' }),
    ]) {
      await control.click();
      const moving = await page.evaluate(() => window.__klyngekortMap?.isMoving() ?? false);
      expect(moving, `${reduce ? 'reduced' : 'full'} motion after ${control.toString()}`).toBe(!reduce);
      await page.waitForFunction(() => window.__klyngekortMap?.isMoving() === false);
    }
  }
});
