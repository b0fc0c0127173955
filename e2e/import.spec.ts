import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { csvRows } from '../src/lib/csv/read';
import { download } from './support/downloads';
import { markerPoint, settledCamera } from './support/presence-map';

/** Danish Excel's CSV: byte order mark, semicolons, CRLF. Rows 2–4 are good, 5 and 6 are not. */
const OFFICES = [
  'klynge;sted;status;kilde;type;note',
  'CenSec;Køge;Etableret;Klyngens årsrapport 2023;hovedkontor;Set på stedet',
  'Danish Sound Cluster;Sjælland;Under etablering;Bestyrelsesmøde;tilstedeværelse;',
  'MADE;Vejle;Planlagt;Strategi 2024;kontor;',
  'Atlantis Cluster;Aarhus;Etableret;x;;',
  'CLEAN;Utopia;Etableret;x;;',
].join('\r\n');

const file = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${text}`, 'utf8'),
});

const dialog = (page: Page, name = 'Dine egne data') => page.getByRole('dialog', { name });

async function openImport(page: Page, button: string | RegExp = /^Importér data/, name = 'Dine egne data') {
  await page.getByRole('button', { name: button }).click();
  await expect(dialog(page, name)).toBeVisible();
}

/** Ids of imported presences the map has drawn, as markers (with the "+" badge) or area chips (with theirs). */
function drawnUserIds(page: Page) {
  return page.evaluate(() => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    // The note's markers with the "+" and, once there are imported towns, their own layer's markers;
    // imported areas are drawn as chips whose picture names the user source.
    const layers = ['presence-user-badge', 'imported-badge'].filter((id) => map.getLayer(id));
    const badges = map.queryRenderedFeatures({ layers });
    const chips = map
      .queryRenderedFeatures({ layers: ['presence-area-chip', 'presence-area-chip-light'] })
      .filter((f) => String(f.properties.image).endsWith(':user'));
    return [...new Set([...badges, ...chips].map((f) => String(f.properties.id)))].sort();
  });
}

function drawnCount(page: Page, code: string) {
  return page.evaluate((c) => {
    const hit = window.__klyngekortMap?.querySourceFeatures('coverage').find((f) => f.properties.code === c);
    return hit ? Number(hit.properties.count) : null;
  }, code);
}

const IMPORTED = ['user--censec--koege', 'user--danish-sound-cluster--sjaelland', 'user--made--vejle'];

test.describe('bring your own data', () => {
  test('a CSV with good and bad rows: the good on the map and in coverage, the bad reported, kept over a reload, removed', async ({
    page,
  }) => {
    test.slow(); // a reload and two trips between the views
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Dækning og huller' }).click();
    const sjaelland = page.getByRole('article', { name: 'Region Sjælland' });
    await expect(sjaelland).toContainText('2 af 14 klynger til stede');
    await expect.poll(() => drawnCount(page, '1085')).toBe(2);

    await openImport(page);
    await dialog(page).getByLabel('Vælg fil').setInputFiles(file('hovedkontorer.csv', OFFICES));
    await expect(dialog(page)).toContainText('3 datapunkter tilføjet');
    await expect(dialog(page)).toContainText('2 rækker med fejl er ikke tilføjet');
    const bad = dialog(page).getByRole('region', { name: 'Rækker med fejl' }).getByRole('row');
    await expect(bad).toHaveText([
      /Række\s*Kolonne\s*Værdi\s*Årsag/,
      /^5\s*klynge\s*Atlantis Cluster\s*ukendt klynge/,
      /^6\s*sted\s*Utopia\s*stedet er ikke i stednavnelisten/,
    ]);
    const good = dialog(page).getByRole('region', { name: 'Tilføjet' });
    await expect(good).toContainText('CenSec');
    await expect(good).toContainText('Køge, Region Sjælland');
    await saveScreenshot(page, 'import-result-desktop-da');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Importér data – 3 egne datapunkter' })).toBeFocused();

    // Coverage counts them: CenSec in Køge is a third cluster in Region Sjælland.
    await expect(sjaelland).toContainText('3 af 14 klynger til stede');
    await expect(sjaelland.getByRole('listitem').filter({ hasText: 'CenSec' })).toContainText(
      /CenSec – Køge.*\(dit eget datapunkt\)/,
    );
    await expect.poll(() => drawnCount(page, '1085')).toBe(3);

    // On the map, marked as the analyst's own.
    await page.getByRole('button', { name: 'Tilstedeværelse' }).click();
    await expect.poll(() => drawnUserIds(page)).toEqual(IMPORTED);
    await page.getByRole('button', { name: /Signaturforklaring/ }).click();
    await expect(page.getByText('Dit eget datapunkt (importeret)')).toBeVisible();

    // Kept in this browser: a reload shows them again.
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => drawnUserIds(page)).toEqual(IMPORTED);
    await page.getByRole('button', { name: 'Dækning og huller' }).click();
    await expect(sjaelland).toContainText('3 af 14 klynger til stede');

    // Switched off they leave the map and the counts; removed they are gone.
    await openImport(page);
    const include = dialog(page).getByRole('switch', { name: 'Vis mine data på kortet og tæl dem med' });
    await include.uncheck();
    await expect(sjaelland).toContainText('2 af 14 klynger til stede');
    await include.check();
    await expect(sjaelland).toContainText('3 af 14 klynger til stede');
    await dialog(page)
      .getByRole('button', { name: /^Fjern Vejle, MADE/ })
      .click();
    await expect(dialog(page)).toContainText('2 datapunkter gemt i denne browser');
    await dialog(page).getByRole('button', { name: 'Fjern alle' }).click();
    await dialog(page).getByRole('button', { name: 'Ja, fjern alle' }).click();
    await expect(dialog(page)).toContainText('Du har ikke importeret noget endnu.');
    await page.keyboard.press('Escape');
    await expect(sjaelland).toContainText('2 af 14 klynger til stede');
    await expect.poll(() => drawnCount(page, '1085')).toBe(2);
    await page.getByRole('button', { name: 'Tilstedeværelse' }).click();
    await expect.poll(() => drawnUserIds(page)).toEqual([]);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => drawnUserIds(page)).toEqual([]);
  });

  test('an imported presence: filter facet, tooltip, panel with its source, undo', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await openImport(page);
    await dialog(page).getByLabel('Vælg fil').setInputFiles(file('kontorer.csv', OFFICES));
    await expect(dialog(page)).toContainText('3 datapunkter tilføjet');
    await dialog(page)
      .getByRole('button', { name: 'Køge, CenSec, Etableret, eget datapunkt', exact: true })
      .click();
    await expect(dialog(page)).toBeHidden();
    const panel = page.locator('#details-panel');
    await expect(panel.getByRole('heading', { name: 'CenSec', exact: true })).toBeVisible();
    await expect(panel).toContainText('Dit eget datapunkt – kilde: Klyngens årsrapport 2023');
    await expect(panel).toContainText('Din note: Set på stedet');
    await expect(panel.getByRole('button', { name: /Vis i notatet.*Køge/ })).toHaveCount(0);
    // The tooltip says whose it is, too.
    await settledCamera(page);
    // Point at the marker where it is drawn now (the camera may still settle), until the tooltip names it.
    await expect
      .poll(async () => {
        // Not drawn yet is a reason to look again: the page renders imports in a deferred pass.
        const at = await markerPoint(page, 'user--censec--koege').catch(() => null);
        if (!at) return '';
        await page.mouse.move(at.x, at.y);
        return page
          .locator('.presence-tooltip')
          .innerText({ timeout: 2000 })
          .catch(() => '');
      })
      .toContain('Dit eget datapunkt – kilde: Klyngens årsrapport 2023');
    await saveScreenshot(page, 'import-panel-tooltip-desktop-da');
    // The link names the cluster, never the imported presence.
    await expect(page).toHaveURL(/cluster=censec/);
    expect(page.url()).not.toContain('user--');

    // Counted in the filters under their own basis.
    const filters = page.getByRole('complementary', { name: 'Filtre' });
    await filters.locator('summary', { hasText: 'Grundlag' }).click();
    await filters.getByRole('checkbox', { name: 'Importeret af analytiker (3)' }).check();
    await expect(filters.getByRole('status')).toHaveText('Viser 3 af 28 tilstedeværelser');
    await filters.getByRole('checkbox', { name: /Importeret af analytiker/ }).uncheck();

    // One import, one undo.
    await openImport(page, 'Importér data – 3 egne datapunkter');
    await dialog(page).getByLabel('Vælg fil').setInputFiles(file('kontorer.csv', OFFICES));
    await dialog(page).getByRole('button', { name: 'Fortryd denne import' }).click();
    await expect(dialog(page)).toContainText('Importen er fortrudt.');
    await expect(dialog(page)).toContainText('3 datapunkter gemt i denne browser');
  });

  test('a hostile file is shown as inert text', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.evaluate(() => ((window as unknown as { pwned: number }).pwned = 0));
    const hostile = [
      'klynge;sted;status;kilde;note',
      'CLEAN;<img src=x onerror="window.pwned=1">;Etableret;x;',
      '<b onmouseover="window.pwned=2">MADE</b>;Vejle;Etableret;x;',
      'MADE;Vejle;Etableret;javascript:window.pwned=3;<script>window.pwned=4</script>',
    ].join('\n');
    await openImport(page);
    await dialog(page)
      .getByLabel('Vælg fil')
      .setInputFiles(file('<img src=x onerror="window.pwned=5">.csv', hostile));
    await expect(dialog(page)).toContainText('1 datapunkt tilføjet');
    await expect(dialog(page)).toContainText('<img src=x onerror="window.pwned=1">');
    await expect(dialog(page)).toContainText('<b onmouseover="window.pwned=2">MADE</b>');
    await expect(dialog(page)).toContainText('javascript:window.pwned=3');
    await dialog(page)
      .getByRole('button', { name: /^Vejle.*MADE/ })
      .click();
    const panel = page.locator('#details-panel');
    await expect(panel).toContainText('kilde: javascript:window.pwned=3');
    await expect(panel).toContainText('Din note: <script>window.pwned=4</script>');
    await page.mouse.move(10, 10);
    expect(await page.locator('img[src="x"], #details-panel script, a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
  });

  test('a place named like a formula leaves the presence CSV as inert text, its coordinates as numbers', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const formulas = [
      'klynge;sted;status;kilde;lon;lat',
      'CLEAN;"=HYPERLINK(""https://evil.example"";""klik"")";Etableret;x;9,5357;55,7093',
      'MADE;@SUM(1+1);Etableret;+x;10,2;56,15',
    ].join('\r\n');
    const count = page.locator('[data-listed-count]');
    await expect(count).not.toHaveAttribute('data-listed-count', '0');
    const before = Number(await count.getAttribute('data-listed-count'));
    await openImport(page);
    await dialog(page).getByLabel('Vælg fil').setInputFiles(file('formler.csv', formulas));
    await expect(dialog(page)).toContainText('2 datapunkter tilføjet');
    await page.keyboard.press('Escape');
    // The export writes what the list shows, and the list takes imports in a deferred render: wait for it.
    await expect(count).toHaveAttribute('data-listed-count', String(before + 2));
    await page.getByRole('button', { name: 'Eksportér' }).click();
    const csv = await download(
      page,
      page.getByRole('group', { name: 'Eksportér kort og data' }).getByRole('button', { name: /CSV/ }),
    );
    const [header = [], ...rows] = csvRows(csv.bytes.toString('utf8'));
    const imported = rows.filter((r) => r[0]?.startsWith('user--'));
    const cell = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];
    const clean = imported.find((r) => cell(r, 'cluster_id') === 'clean');
    const made = imported.find((r) => cell(r, 'cluster_id') === 'made');
    expect(cell(clean, 'place')).toBe(`'=HYPERLINK("https://evil.example";"klik")`);
    expect(cell(made, 'place')).toBe(`'@SUM(1+1)`);
    expect([cell(clean, 'longitude'), cell(clean, 'latitude')]).toEqual(['9,5357', '55,7093']);
    for (const row of imported)
      row.forEach((value, i) => {
        if (!['longitude', 'latitude'].includes(header[i] ?? '')) expect(value).not.toMatch(/^[=+\-@\t\r]/);
      });
  });

  test('no axe violations in Danish and English; phone and desktop screenshots', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await openImport(page);
    await dialog(page).getByLabel('Vælg fil').setInputFiles(file('hovedkontorer.csv', OFFICES));
    await expect(dialog(page)).toContainText('3 datapunkter tilføjet');
    await dialog(page).getByText('Kolonner i filen').click();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'English' }).click();
    await openImport(page, 'Import data – 3 of your own data points', 'Your own data');
    await expect(dialog(page, 'Your own data')).toContainText('3 data points kept in this browser');
    await dialog(page, 'Your own data').getByLabel('Choose file').setInputFiles(file('offices.csv', OFFICES));
    await expect(dialog(page, 'Your own data')).toContainText('2 rows with problems were not added');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'import-result-desktop-en');
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 390, height: 844 });
    await openImport(page, 'Import data – 3 of your own data points', 'Your own data');
    await saveScreenshot(page, 'import-dialog-phone-en');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await openImport(page, 'Importér data – 3 egne datapunkter');
    await dialog(page).getByLabel('Vælg fil').setInputFiles(file('hovedkontorer.csv', OFFICES));
    await expect(dialog(page)).toContainText('2 rækker med fejl');
    await saveScreenshot(page, 'import-result-phone-da');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'import-map-phone-da');
  });
});
