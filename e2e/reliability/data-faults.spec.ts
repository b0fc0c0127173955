import type { Page, Route } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from '../support/fixtures';

/*
 * Each data file fails in each way it can: missing, server error, not JSON, or valid JSON that breaks
 * the schema. The page names the file and the problem, offers a retry that works, and everything that
 * does not need the broken file keeps working.
 */
type Fault = 'missing' | 'server' | 'malformed' | 'schema';
type Mutate = (json: Record<string, unknown>) => void;

interface Injected {
  /** Stop failing: the next request (a retry) gets the real file. */
  heal: () => void;
  hits: () => number;
}

async function inject(page: Page, file: string, fault: Fault, mutate?: Mutate): Promise<Injected> {
  let failing = true;
  let hits = 0;
  await page.route(`**/${file}`, async (route: Route) => {
    hits++;
    if (!failing) return route.fallback();
    if (fault === 'missing') return route.fulfill({ status: 404, body: 'Not Found' });
    if (fault === 'server') return route.fulfill({ status: 500, body: 'Internal Server Error' });
    if (fault === 'malformed')
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"version": 1, "clusters": [',
      });
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    mutate?.(json);
    return route.fulfill({ response, json });
  });
  return { heal: () => (failing = false), hits: () => hits };
}

type Presence = Record<string, unknown> & { id: string };
const presences = (json: Record<string, unknown>) => json.presences as Presence[];

/** The browser logs every failed load on the console; those are the faults we injected. */
function allowInjected(guard: { errors: string[] }) {
  guard.errors = guard.errors.filter(
    (e) => !/Failed to load resource: the server responded with a status of (404|500)/.test(e),
  );
}

const left = (page: Page) => page.locator('#filters-panel');
const right = (page: Page) => page.locator('#details-panel');
const presenceList = (page: Page) =>
  page.getByRole('list', { name: /Tilstedeværelser på kortet|Presences on the map/ });

test.describe('dataset.json faults', () => {
  const cases: { fault: Fault; says: RegExp[]; mutate?: Mutate; name: string }[] = [
    { name: 'missing (404)', fault: 'missing', says: [/dataset\.json/, /404/] },
    { name: 'server error (500)', fault: 'server', says: [/dataset\.json/, /500/] },
    { name: 'malformed JSON', fault: 'malformed', says: [/dataset\.json/, /ikke gyldig JSON/] },
    {
      name: 'a presence with status "maybe"',
      fault: 'schema',
      mutate: (json) => void ((presences(json)[2] as Presence).status = 'maybe'),
      says: [
        /Kunne ikke læse \/data\/dataset\.json: filen følger ikke det forventede format/,
        /tilstedeværelse »[a-z0-9-]+--[a-z0-9-]+«, feltet »status«: Invalid option: expected one of/,
      ],
    },
    {
      name: 'a presence without its place',
      fault: 'schema',
      mutate: (json) => void delete (presences(json)[0] as Presence).place,
      says: [/tilstedeværelse »clean--roskilde«, feltet »place«: Invalid input/],
    },
  ];
  for (const { name, fault, says, mutate } of cases) {
    test(`${name}: named on both panels, the map stays, retry recovers`, async ({ page, guard }) => {
      const injected = await inject(page, 'data/dataset.json', fault, mutate);
      await page.goto('/');
      // The map does not need the dataset: it still draws Denmark.
      await waitForMap(page);
      for (const panel of [left(page), right(page)]) {
        const alert = panel.getByRole('alert');
        for (const text of says) await expect(alert).toContainText(text);
      }
      // Filters stay usable; the list and overview say why they are empty rather than showing nothing.
      await expect(left(page).getByRole('heading', { name: 'Tilstedeværelser' })).toHaveCount(0);
      if (fault === 'schema' || fault === 'server') await saveScreenshot(page, `fault-dataset-${fault}-da`);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(right(page).getByRole('alert')).toContainText(
        fault === 'missing' ? /404/ : /dataset\.json/,
      );
      await expect(right(page).getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
      if (fault === 'schema' || fault === 'server') await saveScreenshot(page, `fault-dataset-${fault}-en`);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Dansk' }).click();

      injected.heal();
      await right(page).getByRole('alert').getByRole('button', { name: 'Prøv igen' }).click();
      await expect(presenceList(page).getByRole('button').first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(right(page).getByRole('heading', { name: 'De 14 klyngers status' })).toBeVisible();
      allowInjected(guard);
    });
  }

  test('the coverage view and a linked cluster say why too', async ({ page, guard }) => {
    const injected = await inject(page, 'data/dataset.json', 'server');
    await page.goto('/?view=coverage&cluster=clean');
    await waitForMap(page);
    await expect(right(page).getByRole('alert')).toContainText('dataset.json');
    await page.getByRole('button', { name: 'Tilstedeværelse', exact: true }).click();
    await expect(right(page).getByRole('alert')).toContainText('dataset.json');
    injected.heal();
    await right(page).getByRole('button', { name: 'Prøv igen' }).click();
    await expect(right(page).getByRole('heading', { name: 'CLEAN' })).toBeVisible();
    allowInjected(guard);
  });
});

test('an embed names a failing dataset over its map, and retry recovers', async ({ page, guard }) => {
  const injected = await inject(page, 'data/dataset.json', 'server');
  await page.goto('/?embed=1&lang=da');
  await waitForMap(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('dataset.json');
  await expect(alert).toContainText('500');
  await saveScreenshot(page, 'fault-dataset-embed');
  await expectNoAxeViolations(page);
  injected.heal();
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klyngernes tilstedeværelse: 25 af 25');
  allowInjected(guard);
});

test.describe('denmark.topo.json faults', () => {
  const cases: { fault: Fault; says: RegExp; mutate?: Mutate; name: string }[] = [
    { name: 'missing (404)', fault: 'missing', says: /404/ },
    { name: 'server error (500)', fault: 'server', says: /500/ },
    { name: 'malformed JSON', fault: 'malformed', says: /ikke gyldig JSON/ },
    {
      name: 'a topology without municipalities',
      fault: 'schema',
      mutate: (json) => void delete (json.objects as Record<string, unknown>).municipalities,
      says: /missing layers: municipalities/,
    },
  ];
  for (const { name, fault, says, mutate } of cases) {
    test(`${name}: named over the map, the panels keep working, retry draws the map`, async ({
      page,
      guard,
    }) => {
      const injected = await inject(page, 'geo/denmark.topo.json', fault, mutate);
      await page.goto('/');
      const alert = page.getByTestId('map').locator('..').getByRole('alert');
      await expect(alert).toContainText('denmark.topo.json');
      await expect(alert).toContainText(says);
      if (fault === 'schema') await saveScreenshot(page, 'fault-base-map-schema-da');
      // The list, the panels and search need only the dataset. (Opening a panel asks for the base
      // map again; it fails again and the message stays.)
      await presenceList(page)
        .getByRole('button', { name: /^Vojens/ })
        .click();
      await expect(right(page).getByRole('heading', { name: 'Food & Bio Cluster Denmark' })).toBeVisible();
      await expect(alert.getByRole('button', { name: 'Prøv igen' })).toBeVisible();
      injected.heal();
      await alert.getByRole('button', { name: 'Prøv igen' }).click();
      await waitForMap(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      allowInjected(guard);
    });
  }
});

test.describe('note.md faults', () => {
  const reader = (page: Page) => page.getByRole('region', { name: 'Notatet' });
  const cases: { fault: 'missing' | 'server' | 'html' | 'other'; says: RegExp; name: string }[] = [
    { name: 'missing (404)', fault: 'missing', says: /404/ },
    { name: 'server error (500)', fault: 'server', says: /500/ },
    { name: 'an HTML page instead (a static host’s fallback)', fault: 'html', says: /HTML/ },
    { name: 'a text that is not the note', fault: 'other', says: /no bold title line/ },
  ];
  for (const { name, fault, says } of cases) {
    test(`${name}: the reader names it, the rest stays, retry shows the note`, async ({ page, guard }) => {
      let failing = true;
      await page.route('**/data/note.md', (route) => {
        if (!failing) return route.fallback();
        if (fault === 'html')
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><html><body>app</body></html>',
          });
        if (fault === 'other')
          return route.fulfill({ contentType: 'text/markdown', body: 'Intet notat her.\n' });
        return route.fulfill({ status: fault === 'missing' ? 404 : 500, body: 'nope' });
      });
      await page.goto('/');
      await waitForMap(page);
      await page.getByRole('button', { name: 'Notatet', exact: true }).click();
      const alert = reader(page).getByRole('alert');
      await expect(alert).toContainText('note.md');
      await expect(alert).toContainText(says);
      await saveScreenshot(page, `fault-note-${fault}-da`);
      // The list and the map are untouched.
      await expect(presenceList(page).getByRole('button').first()).toBeVisible();
      failing = false;
      await alert.getByRole('button', { name: 'Prøv igen' }).click();
      await expect(reader(page).getByRole('heading', { level: 4 })).toHaveCount(14);
      allowInjected(guard);
    });
  }

  test('a note that lacks quoted sentences still reads, and says how many it lacks', async ({ page }) => {
    await page.route('**/data/note.md', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('et nyt kontor i Vojens', 'et nyt kontor et sted');
      return route.fulfill({ response, body });
    });
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Notatet', exact: true }).click();
    await expect(
      reader(page)
        .getByRole('status')
        .filter({ hasText: /findes ikke i denne udgave/ }),
    ).toBeVisible();
    await expect(reader(page)).toContainText('et nyt kontor et sted');
    await expect(reader(page).getByRole('heading', { level: 4 })).toHaveCount(14);
  });
});
