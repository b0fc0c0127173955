import type { Page } from '@playwright/test';
import { test, expect, waitForMap, saveScreenshot } from '../support/fixtures';
import { markerPoint } from '../support/presence-map';
import {
  FLAG,
  HOSTILE_CLUSTER_NAME,
  HOSTILE_PLACE,
  HOSTILE_SENTENCE,
  LONG_WORD,
  NON_LATIN,
  PAYLOAD,
  hostileDataset,
  hostileNote,
} from '../fixtures/hostile-dataset';
import { watchCsp } from './csp-watch';

/**
 * Records every element that ever enters the page with an event-handler attribute, a `javascript:`
 * link, or a tag the app never makes (script without a file, iframe, object, embed, style), even if it
 * is gone again by the time the test looks.
 */
async function watchInjections(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __injected: string[] }).__injected = seen;
    const check = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      const handler = [...el.attributes].find((a) => a.name.startsWith('on'));
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (handler) seen.push(`<${tag} ${handler.name}>`);
      if (/^\s*javascript:/i.test(href)) seen.push(`<${tag} ${href}>`);
      if (['iframe', 'object', 'embed', 'style'].includes(tag)) seen.push(`<${tag}>`);
      if (tag === 'script' && !/\/assets\/[\w.-]+\.js$/.test(el.getAttribute('src') ?? ''))
        seen.push('<script>');
      if (tag === 'img' && el.getAttribute('src') === 'x') seen.push('<img src=x>');
    };
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          check(node);
          node.querySelectorAll('*').forEach(check);
        }
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(
      (flag) => ({
        ran: (window as unknown as Record<string, unknown>)[flag] ?? null,
        injected: (window as unknown as { __injected: string[] }).__injected,
      }),
      FLAG,
    );
}

async function serveHostileData(page: Page) {
  await page.route('**/data/dataset.json', async (route) => {
    const response = await route.fetch();
    return route.fulfill({
      response,
      json: hostileDataset((await response.json()) as Record<string, unknown>),
    });
  });
  await page.route('**/data/note.md', async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, body: hostileNote(await response.text()) });
  });
}

/** Elements that stick out of a side panel's right edge (unless something between clips them). */
function overflowing(page: Page, panel: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`${selector} missing`];
    const edge = root.getBoundingClientRect().right + 1;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== root; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    return [...root.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge && !clipped(el))
      .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').slice(0, 40)}`);
  }, panel);
}

const details = (page: Page) => page.locator('#details-panel');
const list = (page: Page) => page.getByRole('list', { name: /Tilstedeværelser på kortet/ });
/** Text as the page shows it, whitespace collapsed the way layout does. */
const shown = (text: string) => text.replace(/\s+/g, ' ');

/** Visits every place a data string is shown: list, overview, panel, tooltip, search, reader, coverage. */
async function walk(page: Page, shoot: (name: string) => Promise<unknown>) {
  await page.goto('/');
  await waitForMap(page);
  // It passed the schema: no error anywhere, every presence listed.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(list(page)).toContainText(shown(HOSTILE_CLUSTER_NAME));
  await expect(list(page)).toContainText(shown(HOSTILE_PLACE));

  // The overview table, then the cluster panel with every fact.
  const overview = details(page).getByRole('table').first();
  await expect(overview).toContainText(shown(HOSTILE_CLUSTER_NAME));
  await expect(overview).toContainText(PAYLOAD.link);
  await expect(overview).toContainText(NON_LATIN);
  await details(page)
    .getByRole('button', { name: shown(HOSTILE_CLUSTER_NAME), exact: true })
    .click();
  const panel = details(page).getByRole('article');
  await expect(panel.getByRole('heading', { level: 3 }).first()).toContainText('CLEAN <script>');
  for (const text of [PAYLOAD.jsUrl, PAYLOAD.svg, PAYLOAD.markdown, PAYLOAD.link]) {
    await expect(panel).toContainText(text);
  }
  const roskilde = panel.getByRole('listitem').filter({ hasText: 'Roskilde <svg' }).first();
  await roskilde.getByRole('button', { name: /^Kilde:/ }).click();
  await expect(roskilde.locator('blockquote')).toContainText(shown(HOSTILE_SENTENCE));
  await shoot('hostile-panel');
  expect(await overflowing(page, '#details-panel')).toEqual([]);
  expect(await overflowing(page, '#filters-panel')).toEqual([]);

  // The map's tooltip over the Roskilde marker.
  const at = await markerPoint(page, 'clean--roskilde');
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('.presence-tooltip')).toContainText('Roskilde <svg onload=');
  await expect(page.locator('.presence-tooltip')).toContainText('CLEAN <script>');
  await shoot('hostile-tooltip');
  await page.mouse.move(5, 400);

  // Search finds the names by their hostile text and shows them as text.
  const search = page.getByRole('combobox', { name: /Søg efter klynge/ });
  await search.fill('script');
  const results = page.getByRole('listbox', { name: 'Søgeresultater' });
  await expect(results).toContainText('CLEAN <script>');
  await shoot('hostile-search');
  await search.fill('onerror');
  await expect(results.getByRole('option').first()).toBeVisible();
  await search.press('Escape');
  await search.press('Escape');

  // The reader highlights the hostile sentence, as text, and it leads to its facts.
  await page.getByRole('button', { name: 'Notatet', exact: true }).click();
  const reader = page.getByRole('region', { name: 'Notatet' });
  await expect(reader.getByRole('heading', { level: 4 })).toHaveCount(14);
  const mark = reader.locator('mark').filter({ hasText: 'klyngen <script>' });
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText(shown(HOSTILE_SENTENCE));
  await expect(reader).toContainText('Erhvervsstyrelsen <img src=x');
  await mark.scrollIntoViewIfNeeded();
  await shoot('hostile-reader');
  await page.getByRole('button', { name: 'Notatet', exact: true }).click();

  // Coverage cards and matrix name the clusters and places.
  await page.getByRole('button', { name: 'Dækning og huller' }).click();
  await expect(page.getByRole('article', { name: 'Region Sjælland' })).toContainText('CLEAN <script>');
  await expect(page.getByRole('table', { name: /Stærkeste status/ })).toContainText(LONG_WORD.slice(0, 40));
  // The choropleth still draws: Region Sjælland has CLEAN and We Build.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const hit = window.__klyngekortMap
          ?.querySourceFeatures('coverage')
          .find((f) => f.properties.code === '1085');
        return hit ? Number(hit.properties.count) : null;
      }),
    )
    .toBe(2);
  await shoot('hostile-coverage');
  expect(await overflowing(page, '#details-panel')).toEqual([]);
  await page.getByRole('button', { name: 'Tilstedeværelse', exact: true }).click();
  await waitForMap(page);
}

for (const csp of ['bypassed', 'enforced'] as const) {
  test.describe(`hostile strings in the data render as inert text (CSP ${csp})`, () => {
    // With the policy bypassed, a payload the app let through as HTML would run: the proof does not
    // lean on the CSP. With it enforced, nothing the app does with such data may trip it.
    test.use({ bypassCSP: csp === 'bypassed' });

    test('list, overview, panel, tooltip, search, reader and coverage', async ({ page }) => {
      test.setTimeout(90_000);
      const result = await watchInjections(page);
      const violations = await watchCsp(page);
      await serveHostileData(page);
      await walk(page, (name) => (csp === 'bypassed' ? saveScreenshot(page, name) : Promise.resolve()));
      expect(await result()).toEqual({ ran: null, injected: [] });
      expect(await violations()).toEqual([]);
      // No element made from a payload exists, and no text broke out of its panel.
      await expect(
        page.locator('[onerror], [onload], [onclick], iframe, a[href^="javascript:"]'),
      ).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBe(false);
    });
  });
}
