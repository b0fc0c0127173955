import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../../csp.config';
import { test, expect, waitForMap } from '../support/fixtures';
import { watchCsp } from './csp-watch';

const DIST = process.env.E2E_DIST ?? 'dist';

test.describe('Content-Security-Policy', () => {
  test('the built index.html carries the policy and no inline script or style', async ({ request }) => {
    const html = readFileSync(`${DIST}/index.html`, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    // Before anything else in <head>, so it governs every tag after it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attrs, 'every script is a file').toMatch(/\bsrc="\/assets\/[\w.-]+\.js"/);
      expect(body?.trim(), 'no inline script').toBe('');
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    const policy = CONTENT_SECURITY_POLICY;
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    // `vite preview` sends it as a header too.
    const response = await request.get('/');
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  test('the policy really blocks injected inline script and handlers', async ({ page, guard }) => {
    const violations = await watchCsp(page);
    await page.goto('/');
    await waitForMap(page);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      img.src = 'data:,broken';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      script.remove();
      img.remove();
      return { inline: w.__inlineRan === true, handler: w.__handlerRan === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src-elem'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src-attr'))).toBe(true);
    // Chromium logs each refusal on the console; those are the ones we provoked.
    guard.errors = guard.errors.filter((e) => !e.includes('Content Security Policy'));
  });

  test('no view, panel, download or language switch violates it', async ({ page }) => {
    test.setTimeout(90_000);
    const violations = await watchCsp(page);
    await page.goto('/');
    await waitForMap(page);

    // Presences: filters, list, map legend, border level.
    await page.getByRole('checkbox', { name: /^Robot- og droneteknologi/ }).check();
    await page.getByRole('checkbox', { name: /^Robot- og droneteknologi/ }).uncheck();
    await page.getByRole('radio', { name: 'Erhvervshuse' }).check();
    await page.getByRole('radio', { name: 'Regioner' }).check();

    // Cluster panel from the overview, a presence from the list, a source quote opened.
    await page
      .locator('#details-panel')
      .getByRole('button', { name: 'Food & Bio Cluster Denmark', exact: true })
      .click();
    await expect(
      page
        .getByRole('heading', { level: 2, name: /Food & Bio Cluster Denmark/ })
        .or(page.getByRole('heading', { name: 'Food & Bio Cluster Denmark' }))
        .first(),
    ).toBeVisible();
    const list = page.getByRole('list', { name: /Tilstedeværelser på kortet/ });
    await list.getByRole('button').filter({ hasText: 'Vojens' }).first().click();
    await page
      .locator('#details-panel')
      .getByRole('button', { name: /^Kilde: Vojens/ })
      .first()
      .click();
    await waitForMap(page);

    // The map itself: a click on the canvas and a zoom.
    const box = await page.getByTestId('map').boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('button', { name: 'Zoom ind' }).click();

    // Search: type, choose.
    const search = page.getByRole('combobox', { name: /Søg efter klynge/ });
    await search.fill('Sonderborg');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(page).toHaveURL(/presence=/);

    // The reader: open, follow a highlight, close.
    await page.getByRole('button', { name: 'Notatet', exact: true }).click();
    const reader = page.getByRole('region', { name: 'Notatet' });
    await expect(reader.getByRole('heading', { level: 4 })).toHaveCount(14);
    await reader.locator('mark').first().scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Notatet', exact: true }).click();

    // Coverage at every level and metric, with and without announced, and both downloads.
    await page.getByRole('button', { name: 'Dækning og huller' }).click();
    // Where the click on the map missed every marker it opened the area under it, whose profile now
    // lies over the coverage panel: back to the panel.
    const profile = page.getByTestId('area-profile');
    if (await profile.isVisible()) await profile.getByRole('button', { name: 'Tilbage' }).click();
    for (const metric of ['Antal klynger', 'Afstand til nærmeste']) {
      await page.getByRole('radio', { name: metric }).check();
      for (const level of ['Regioner', 'Erhvervshuse', 'Kommuner']) {
        await page
          .getByRole('group', { name: /Opdelt efter/ })
          .getByRole('radio', { name: level })
          .check();
      }
      await page.getByRole('switch', { name: 'Medtag annoncerede' }).click();
    }
    await waitForMap(page);
    for (const name of ['Hent tallene som CSV', 'Hent matrixen som CSV']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      expect(await download.failure()).toBeNull();
    }

    // The export menu: the map as PNG, presences as CSV and GeoJSON, and print (window.print is
    // stubbed: headless Chromium has no print dialog, but the page still redraws the map to print).
    await page.getByRole('button', { name: 'Tilstedeværelse', exact: true }).click();
    await waitForMap(page);
    const menu = page.getByRole('group', { name: 'Eksportér kort og data' });
    for (const name of [/som billede \(PNG\)/, /som CSV/, /som GeoJSON/]) {
      if (!(await menu.isVisible()))
        await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('button', { name }).click(),
      ]);
      expect(await download.failure()).toBeNull();
    }
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
    await menu.getByRole('button', { name: /^Udskriv/ }).click();
    await expect(page.locator('body[data-printed="true"]')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4', landscape: true });
    await page.emulateMedia({ media: 'screen' });
    await page.mouse.click(5, 300);

    // English, then back.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Presence', exact: true }).click();
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect(page.getByRole('button', { name: 'Tilstedeværelse', exact: true })).toBeVisible();

    expect(await violations()).toEqual([]);
  });
});
