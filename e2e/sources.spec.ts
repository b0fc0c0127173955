import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';
import { renderedProperty, mapIdle } from './support/map';

/**
 * Two modes and a date: the note alone (the default, the app as it was) or every source at a chosen
 * date; the choice lives in the URL, survives a reload and a shared link, and every view follows it.
 */
const count = (page: Page) => page.locator('[data-visible-count]');
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const status = (page: Page) => page.locator('[data-source-status]');
const list = (page: Page) =>
  page.getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ });

async function choose(page: Page, mode: 'Notatet' | 'Alle kilder', date?: string) {
  await status(page).click();
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  if (date) await page.getByRole('combobox', { name: /^Status pr/ }).selectOption({ label: date });
  await page.keyboard.press('Escape');
}

test.describe('sources and date', () => {
  // Several page loads with every source and an axe run or two: more than the default on a busy machine.
  test.describe.configure({ timeout: 150_000 });

  test('the note alone is the default: as the app always was, and nothing more is loaded', async ({
    page,
  }) => {
    const history: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('history.json')) history.push(r.url());
    });
    await page.goto('/');
    await waitForMap(page);
    await expect(status(page)).toHaveText('Notatet, efterår 2021');
    await expect(count(page)).toHaveAttribute('data-visible-count', '25');
    expect(query(page)).toEqual({ lang: 'da' });
    expect(history).toEqual([]);
  });

  test('every source at a date: in the URL, after a reload and from a shared link', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await choose(page, 'Alle kilder', '2022 (31. dec. 2022)');
    expect(query(page)).toEqual({ date: '2022-12-31', lang: 'da', sources: 'all' });
    await expect(status(page)).toHaveText('Alle kilder pr. 31. dec. 2022');
    await expect(count(page)).toHaveAttribute('data-visible-count', '55');
    // MARLOG went bankrupt in April 2022: shown closed, with its source, not removed.
    await page.getByRole('checkbox', { name: /^Maritime erhverv og logistik/ }).check();
    await expect(count(page)).toHaveAttribute('data-visible-count', '8');
    await expect(
      list(page).getByRole('button', {
        name: /^Rønne \(Bornholm\), Maritime & Logistics Innovation Denmark, Lukket, Kilde: ShippingWatch/,
      }),
    ).toBeVisible();
    await page.getByRole('checkbox', { name: /^Maritime erhverv og logistik/ }).uncheck();
    await saveScreenshot(page, 'sources-all-2022');

    await page.reload();
    await waitForMap(page);
    await expect(status(page)).toHaveText('Alle kilder pr. 31. dec. 2022');
    await expect(count(page)).toHaveAttribute('data-visible-count', '55');

    const shared = await context.newPage();
    await shared.goto('/?sources=all&date=2021-12-31&lang=en');
    await waitForMap(shared);
    await expect(status(shared)).toHaveText('All sources as of 31 Dec 2021');
    for (const name of [
      /^Struer, Danish Sound Cluster, Planned/,
      /^Herning, Lifestyle & Design Cluster, Established/,
      /^Region Sjælland, Danish Life Science Cluster, Established/,
      /^Vordingborg/,
    ]) {
      const item = list(shared).getByRole('button', { name });
      if (String(name).includes('Vordingborg')) await expect(item).toHaveCount(0);
      else await expect(item).toBeVisible();
    }
    await shared.close();
  });

  test('every source at 2021-12-31 places what the note does not, and the coverage counts it', async ({
    page,
  }) => {
    await page.goto('/?sources=all&date=2021-12-31');
    await waitForMap(page);
    const places: [string, string[]][] = [
      ['Lifestyle & Design Cluster', ['Herning']],
      ['Danish Sound Cluster', ['Struer']],
      ['Danish Life Science Cluster', ['København', 'Aarhus', 'Odense', 'Aalborg', 'Region Sjælland']],
      ['Energy Cluster Denmark', ['Aalborg', 'Esbjerg', 'Aarhus', 'Sønderborg', 'Copenhagen', 'Fredericia']],
      [
        'Maritime & Logistics Innovation Denmark',
        ['København', 'Frederikshavn', 'Svendborg', 'Esbjerg', 'Rønne'],
      ],
    ];
    for (const [cluster, towns] of places) {
      for (const town of towns) {
        const name = new RegExp(`^${town}[ ,(].*${cluster.replace(/[&]/g, '\\$&')}`);
        await expect(list(page).getByRole('button', { name }).first(), `${cluster} in ${town}`).toBeVisible();
      }
    }
    // Region Midtjylland hosts 4 of the 14 by every source (1 by the note): the counting follows the choice.
    await page.getByRole('button', { name: 'Dækning og huller' }).click();
    const card = page.getByRole('article', { name: 'Region Midtjylland' });
    await expect(card).toContainText('4 af 14 klynger til stede');
  });

  test('the map greys and strikes a closed office, and marks what another source says', async ({ page }) => {
    await page.goto('/?sources=all&date=2022-06-01');
    await waitForMap(page);
    await mapIdle(page);
    const closed = await renderedProperty(page, 'presence-closed-strike', 'clusterId');
    expect(new Set(closed)).toEqual(new Set(['marlog']));
    expect((await renderedProperty(page, 'presence-source-badge', 'otherSource')).length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Signaturforklaring' }).click();
    const legend = page.getByRole('region', { name: 'Signaturforklaring' });
    await expect(legend.getByRole('list', { name: 'Kilde', exact: true })).toContainText('En anden kilde');
    await expect(legend.getByRole('list', { name: /^Status/ })).toContainText('Lukket');
  });

  test('the cluster panel: the closure, each presence’s history, the conflicts, and what no town is given for', async ({
    page,
  }) => {
    await page.goto('/?sources=all&date=2022-06-01&cluster=marlog');
    await waitForMap(page);
    const panel = page.getByRole('article', { name: /Maritime & Logistics Innovation Denmark/ });
    await expect(panel.getByRole('note')).toContainText('MARLOG er lukket');
    await expect(panel.getByRole('note')).toContainText('ShippingWatch');
    await expect(panel.getByRole('heading', { name: 'Kilderne er uenige' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'MARLOGs geografi' })).toBeVisible();
    await panel
      .getByText(/^Kildehistorik/)
      .first()
      .click();
    await expect(panel.getByRole('list', { name: /^Kildehistorik for/ }).first()).toContainText(
      'vises pr. den valgte dato',
    );

    await page.goto('/?sources=all&date=latest&cluster=food-bio-cluster-denmark');
    await waitForMap(page);
    await expect(page.getByRole('heading', { name: 'Uden by i kilderne' })).toBeVisible();
    await expect(page.getByText(/Otte kontorer fordelt i landet/)).toBeVisible();
  });

  test('what changed: a list with sources, the map’s difference, and the comparison in the URL', async ({
    page,
  }) => {
    await page.goto('/?sources=all&date=2022-12-31');
    await waitForMap(page);
    await status(page).click();
    await page.getByRole('button', { name: 'Hvad er ændret?' }).click();
    await expect(page).toHaveURL(/since=2021-11-30/);
    const panel = page.getByRole('article', { name: 'Hvad er ændret' });
    await expect(panel.getByRole('heading', { name: 'Lukket (8)' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Åbnet (1)' })).toBeVisible();
    await expect(panel).toContainText('Vordingborg');
    await mapIdle(page);
    expect(await renderedProperty(page, 'presence-diff-gone', 'clusterId')).toContain('marlog');
    await saveScreenshot(page, 'sources-changes');
    await page.reload();
    await waitForMap(page);
    await expect(page.getByRole('article', { name: 'Hvad er ændret' })).toBeVisible();
    await page.getByRole('button', { name: 'Luk »Hvad er ændret«' }).click();
    await expect(page).not.toHaveURL(/since=/);
  });

  test('a date without every source is reported and left out; the link stays valid', async ({ page }) => {
    await page.goto('/?date=2022-06-01&since=2021-01-31');
    await waitForMap(page);
    await expect(page.getByRole('status').filter({ hasText: 'date=2022-06-01' })).toBeVisible();
    await expect(status(page)).toHaveText('Notatet, efterår 2021');
    expect(query(page)).toEqual({ lang: 'da' });
  });

  for (const lang of ['da', 'en'] as const) {
    test(`axe finds nothing with every source, the choice open, changes and history (${lang})`, async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}&sources=all&date=2022-06-01`);
      await waitForMap(page);
      await status(page).click();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await page.goto(`/?lang=${lang}&sources=all&date=2022-06-01&since=2021-01-31`);
      await waitForMap(page);
      await expect(
        page.getByRole('heading', { name: lang === 'da' ? 'Hvad er ændret' : 'What changed' }),
      ).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/?lang=${lang}&sources=all&date=2022-06-01&cluster=marlog`);
      await waitForMap(page);
      await page
        .getByText(lang === 'da' ? /^Kildehistorik/ : /^Source history/)
        .first()
        .click();
      await expectNoAxeViolations(page);
    });
  }
});
