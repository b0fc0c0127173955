import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Guard {
  /** Requests that tried to leave the app's origin (the map's worker included). */
  external: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * Puts a page behind the network guard: anything not on the app's origin is aborted and recorded, and
 * so are console errors and uncaught exceptions. `expectGuardClean` fails the test on any of them.
 */
export async function guardPage(page: Page, baseURL: string | undefined): Promise<Guard> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const guard: Guard = { external: [], errors: [] };
  const context = page.context();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.fallback();
    guard.external.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    window.__KLYNGEKORT_TEST__ = true;
    // MapLibre checks every layer the app adds, which the shipped app skips (src/map/trusted-style.ts).
    window.__KLYNGEKORT_VALIDATE_STYLE__ = true;
  });
  page.on('console', (message) => {
    if (message.type() === 'error') guard.errors.push(message.text());
  });
  page.on('pageerror', (error) => guard.errors.push(error.message));
  return guard;
}

export function expectGuardClean(guard: Guard) {
  expect(guard.external, 'requests outside the app origin').toEqual([]);
  expect(guard.errors, 'console errors').toEqual([]);
}

/** Every test's page runs behind the network guard. */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard = await guardPage(page, baseURL);
      await use(guard);
      expectGuardClean(guard);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits for the map's first idle; fails at once with the page's message when the map cannot run. */
export async function waitForMap(page: Page) {
  const ready = page.locator('[data-map-ready="true"]');
  const unavailable = page.locator('[data-map-unavailable="true"]');
  await expect(ready.or(unavailable)).toBeVisible({ timeout: 20_000 });
  if (await unavailable.isVisible()) throw new Error(`map unavailable: ${await unavailable.innerText()}`);
  // The side panels mount once the map has drawn its first view (src/app/layout/use-after-first-view.ts).
  await expect(page.locator('[data-panel-loading]')).toHaveCount(0, { timeout: 20_000 });
}

/** `include` limits the check to some parts of the page (CSS selectors), e.g. the view a spec owns. */
export async function expectNoAxeViolations(page: Page, include: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** Screenshots go to test-results/screenshots so people (and reviewers) can look at them. */
export async function saveScreenshot(page: Page, name: string) {
  const path = `${process.env.E2E_OUTPUT ?? 'test-results'}/screenshots/${name}.png`;
  await page.screenshot({ path });
  await base.info().attach(name, { path, contentType: 'image/png' });
  return path;
}
