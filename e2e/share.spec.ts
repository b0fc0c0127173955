import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { drawnAreas, markerPoint } from './support/presence-map';

const VIEW = '/?business=construction&lang=da';
const shareButton = (page: Page) => page.getByRole('button', { name: /^Del kortet|^Share the map/ });
const dialog = (page: Page) => page.getByRole('dialog', { name: /Del kortet|Share the map/ });
const field = (page: Page, name: RegExp) => dialog(page).getByRole('textbox', { name });
const status = (page: Page) => dialog(page).getByRole('status');

/** A page of its own on the app's origin, as an intranet page would hold the pasted code. */
async function hostPage(page: Page, code: string) {
  await page.route('**/host-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="da"><head><title>Bestyrelsesportal</title></head><body><main><h1>Klyngernes tilstedeværelse</h1>${code}</main></body></html>`,
    }),
  );
  await page.goto('/host-page.html');
}

test.describe('share and embed', () => {
  test('the dialog gives the link, the embed code at the chosen size, and the view in words', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(VIEW);
    await waitForMap(page);
    await shareButton(page).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('heading', { level: 2 })).toBeFocused();

    await expect(field(page, /Link til denne visning/)).toHaveValue(page.url());
    await dialog(page).getByRole('button', { name: 'Kopiér link' }).click();
    await expect(status(page)).toHaveText('Linket er kopieret.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await dialog(page).getByRole('radio', { name: '800 × 500 px' }).check();
    const code = await field(page, /Indlejringskode/).inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?business=construction&amp;lang=da&amp;embed=1" /,
    );
    expect(code).toContain(
      'title="Klyngernes tilstedeværelse – Byggeri og anlæg: 5 af 25 · Status: efterår 2021 · Kilde: Erhvervsstyrelsen, Bilag 6.2"',
    );
    expect(code).toContain('width="800" height="500"');
    await dialog(page).getByRole('button', { name: 'Kopiér kode' }).click();
    await expect(status(page)).toHaveText('Koden er kopieret.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // The preview is the embed itself, at that size.
    const preview = dialog(page).locator('iframe');
    await expect(preview).toHaveAttribute('width', '800');
    await expect(preview).toHaveAttribute('src', /embed=1/);
    await expect(page.frameLocator('dialog iframe').locator('[data-map-ready="true"]')).toBeVisible({
      timeout: 20_000,
    });

    await expect(field(page, /Beskrivelse af kortet/)).toHaveValue(
      /^Kortet viser 5 af 25 tilstedeværelser: We Build Denmark – etableret i Albertslund, Næstved, Odense og Aalborg; under etablering i Midtjylland\. Filtre: Forretningsområde: Byggeri og anlæg\. Status: efterår 2021\. Kilde: Erhvervsstyrelsen/,
    );
    await saveScreenshot(page, 'share-dialog');
    await expectNoAxeViolations(page, ['dialog']);

    // Escape closes it and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(shareButton(page)).toBeFocused();
  });

  test('where the browser will not copy, the text is selected and the user told so', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto(VIEW);
    await waitForMap(page);
    await shareButton(page).click();
    await dialog(page).getByRole('button', { name: 'Kopiér beskrivelse' }).click();
    await expect(status(page)).toHaveText(/Kunne ikke kopiere her .* Teksten er markeret/);
    const selected = await page.evaluate(() => {
      const active = document.activeElement as HTMLTextAreaElement | null;
      return active?.value.slice(active.selectionStart, active.selectionEnd) ?? '';
    });
    expect(selected).toMatch(/^Kortet viser 5 af 25/);
  });

  test('the embed code, pasted into a page on the same origin, shows the same view', async ({ page }) => {
    await page.goto('/?lang=en&view=coverage&level=erhvervshus&announced=1');
    await waitForMap(page);
    await shareButton(page).click();
    await dialog(page).getByRole('radio', { name: 'Full width × 500 px' }).check();
    const code = await field(page, /Embed code/).inputValue();
    const description = await field(page, /Description of the map/).inputValue();

    await hostPage(page, code);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 20_000 });
    const src = new URL((await page.locator('iframe').getAttribute('src')) ?? '');
    expect(Object.fromEntries(src.searchParams)).toEqual({
      announced: '1',
      embed: '1',
      lang: 'en',
      level: 'erhvervshus',
      view: 'coverage',
    });
    // The title line, the legend and the description of the same view; no header, no panels.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      'Number of clusters per business hub area (established and announced)',
    );
    await expect(frame.getByText('Status: autumn 2021 · Source: Erhvervsstyrelsen, Bilag 6.2')).toBeVisible();
    await expect(frame.locator('#coverage-legend-title')).toBeVisible();
    await expect(frame.locator('#embed-description')).toHaveText(description);
    await expect(frame.locator('canvas')).toHaveAttribute('aria-describedby', 'embed-description');
    await expect(frame.locator('#filters-panel, #details-panel, [data-panel-bar]')).toHaveCount(0);
    await expect(frame.getByRole('combobox')).toHaveCount(0);
    await expect(frame.getByText(/Indeholder data fra Klimadatastyrelsen/)).toBeVisible();
    // The way back to the full app, at the same view, in a new window.
    const open = frame.getByRole('link', { name: /Open in Klyngekort/ });
    await expect(open).toHaveAttribute('target', '_blank');
    expect(new URL((await open.getAttribute('href')) ?? '').search).toBe(
      '?announced=1&lang=en&level=erhvervshus&view=coverage',
    );
    await expectNoAxeViolations(page);
  });

  test('the embed works by keyboard and fits 600 × 400', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await page.goto('/?embed=1&lang=da&business=construction');
    await waitForMap(page);
    // Opened with a filter on: only the area the filtered presences hold is tinted.
    await expect.poll(() => drawnAreas(page)).toEqual(['region:1082']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Klyngernes tilstedeværelse – Byggeri og anlæg: 5 af 25',
    );
    // Nothing scrolls: the frame is the whole page.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(400);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /Åbn i Klyngekort/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('canvas')).toBeFocused();
    // The legend opens from the keyboard and fits under the title line.
    const legend = page.getByRole('button', { name: 'Signaturforklaring' });
    await legend.focus();
    await page.keyboard.press('Enter');
    await expect(legend).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('Status, efter notatets ord')).toBeVisible();
    await saveScreenshot(page, 'embed-600x400');
    await expectNoAxeViolations(page);
    // A click on a marker selects it without adding to the host page's history.
    await legend.click();
    await expect(legend).toHaveAttribute('aria-expanded', 'false');
    const before = await page.evaluate(() => history.length);
    const at = await markerPoint(page, 'we-build-denmark--aalborg');
    await page.mouse.click(at.x, at.y);
    await expect(page).toHaveURL(/presence=we-build-denmark--aalborg/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await expect(page.locator('#embed-description')).toContainText(
      'Valgt: Aalborg – We Build Denmark, etableret.',
    );
  });

  test('an embed leaves this browser’s imported data out, as its link does', async ({ page }) => {
    const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
      presences: Record<string, unknown>[];
    };
    const odense = dataset.presences.find((p) => p.id === 'we-build-denmark--odense');
    const own = { ...odense, id: 'user--we-build-denmark--vejle', place: 'Vejle', quote: '' };
    const stored = JSON.stringify({
      version: 1,
      include: true,
      presences: [{ ...own, basis: { type: 'user', source: 'Årsrapport 2023' } }],
    });
    await page.addInitScript((value) => localStorage.setItem('klyngekort.imports', value), stored);

    await page.goto(VIEW);
    await waitForMap(page);
    await expect(page.locator('[data-visible-count]')).toHaveAttribute('data-visible-count', '6');
    await shareButton(page).click();
    await expect(dialog(page)).toContainText('Dit eget datapunkt kommer ikke med');
    await expect(field(page, /Beskrivelse af kortet/)).toHaveValue(/Heraf 1 eget datapunkt/);
    await expect(page.frameLocator('dialog iframe').locator('#embed-description')).toHaveText(
      /^Kortet viser 5 af 25 tilstedeværelser: .*Status: efterår 2021\. Kilde: .*\.$/,
      {
        timeout: 20_000,
      },
    );
  });
});
