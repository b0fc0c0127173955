import type { Page } from '@playwright/test';
import { test, expect, waitForMap, expectNoAxeViolations, saveScreenshot } from './support/fixtures';

const VOJENS = /et nyt kontor i Vojens samt snarlig åbning af et kontor i Slagelse/;
const CLEAN_SPLIT = /Derudover har CLEAN intensiveret samarbejdet med innovationscentrene/;

/** What this feature draws: the header with its note button, and the panel the reader fills. */
const READER_VIEW = ['header', '#details-panel'];

const reader = (page: Page) => page.getByRole('region', { name: /^(Notatet|The note)$/ });
const sentence = (page: Page, text: RegExp) => reader(page).getByRole('button', { name: text });

async function openReader(page: Page) {
  await page.getByRole('button', { name: /^(Notatet|The note)$/ }).click();
  await expect(reader(page).getByRole('heading', { level: 3 })).toHaveText(
    'Bilag 6.2: Status på klyngernes konsolidering og aktiviteter',
  );
}

/** The map's centre once it has stopped moving, through the test hook. */
async function settledCentre(page: Page) {
  await expect
    .poll(() => page.evaluate(() => window.__klyngekortMap?.isMoving() === false), { timeout: 10_000 })
    .toBe(true);
  return page.evaluate(() => window.__klyngekortMap?.getCenter().toArray() ?? []);
}

test.describe('source reader', () => {
  test('loads only when opened, and renders the note as text with headings', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/');
    await waitForMap(page);
    expect(requested.filter((p) => p.endsWith('/note.md') || p.includes('source-reader'))).toEqual([]);

    await openReader(page);
    expect(requested.some((p) => p.endsWith('/data/note.md'))).toBe(true);
    expect(requested.some((p) => /\/assets\/source-reader-[\w-]+\.js$/.test(p))).toBe(true);

    const region = reader(page);
    await expect(region.getByRole('heading', { level: 4 })).toHaveCount(14);
    await expect(region.getByRole('heading', { level: 4, name: /Food & Bio Cluster Denmark/ })).toBeVisible();
    await expect(region.locator('[lang="da"]').first()).toContainText(
      'Energy Cluster Denmark blev etableret',
    );
    // The letterhead is left out, marked, and the sentence it split reads whole in one highlight.
    await expect(region).not.toContainText('Vejlsovej');
    await expect(region.getByText(/Brevhoved fra Erhvervsstyrelsen udeladt/)).toBeVisible();
    await expect(sentence(page, CLEAN_SPLIT)).toHaveCount(1);
    // A page break inside a sentence does not split the paragraph.
    await expect(region.locator('p', { hasText: 'der understøtter forbedringer' })).toHaveCount(1);
    await expect(region.locator('sub', { hasText: '2' })).toHaveCount(1);
    expect(await region.locator('mark').count()).toBeGreaterThan(100);
  });

  test('fact → source: "Vis i notatet" in a cluster panel lands on the sentence, marked and focused', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const details = page.locator('#details-panel');
    await details.getByRole('button', { name: 'Food & Bio Cluster Denmark', exact: true }).click();
    const vojens = details.getByRole('region', { name: 'Tilstedeværelse' }).getByRole('listitem').first();
    await vojens.getByRole('button', { name: /^Kilde: Vojens/ }).click();
    await expect(vojens.locator('blockquote')).toContainText('et nyt kontor i Vojens');
    const show = vojens.getByRole('button', { name: /^Vis i notatet: Vojens/ });
    await show.click();

    const target = sentence(page, VOJENS);
    await expect(target).toBeFocused();
    await expect(target).toHaveAttribute('aria-current', 'true');
    await expect(target).toBeInViewport();
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    await saveScreenshot(page, 'reader-from-fact-desktop-da');

    // Escape closes the reader and hands focus back to the very button, its quote still unfolded.
    await page.keyboard.press('Escape');
    await expect(reader(page)).toHaveCount(0);
    await expect(show).toBeFocused();
    await expect(vojens.locator('blockquote')).toBeVisible();
  });

  test('source → fact: the Vojens sentence selects Food & Bio Cluster Denmark’s office in Vojens', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    await openReader(page);
    const vojens = sentence(page, VOJENS);
    await vojens.scrollIntoViewIfNeeded();
    await vojens.press('Enter');
    const choice = reader(page).getByRole('group', { name: 'Sætningen understøtter' });
    await expect(choice.getByRole('listitem')).toHaveText([
      /Kontor: Vojens \(etableret\)/,
      /Kontor: Slagelse/,
      /Hele klyngen: Food & Bio Cluster Denmark/,
    ]);
    await expect(choice.getByRole('button', { name: /Kontor: Vojens/ })).toBeFocused();
    await saveScreenshot(page, 'reader-choice-desktop-da');
    await choice.getByRole('button', { name: /Kontor: Vojens/ }).click();

    await expect(reader(page)).toHaveCount(0);
    await expect(page.locator('#details-panel')).toContainText(
      /Food & Bio Cluster Denmark|food-bio-cluster-denmark/,
    );
    const [lon, lat] = await settledCentre(page);
    expect(lon).toBeCloseTo(9.306, 1);
    expect(lat).toBeCloseTo(55.246, 1);

    // Back to the note: it opens at the sentence the user came from, marked and focused.
    await page.getByRole('button', { name: 'Notatet', exact: true }).click();
    await expect(sentence(page, VOJENS)).toBeFocused();
    await expect(sentence(page, VOJENS)).toHaveAttribute('aria-current', 'true');
    await expect(sentence(page, VOJENS)).toBeInViewport();
    // Only the panel scrolls to the sentence: the page itself (header and all) stays put.
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    await saveScreenshot(page, 'reader-current-desktop-da');
  });

  test('a sentence with one cluster-level fact selects its cluster at once', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await openReader(page);
    await sentence(page, /Klyngen driver over 60 innovationsprojekter/).click();
    await expect(reader(page)).toHaveCount(0);
    await expect(page.locator('#details-panel')).toContainText(
      /Energy Cluster Denmark|energy-cluster-denmark/,
    );
  });

  test('keyboard: sections list, Tab to a highlight, Escape closes and returns focus', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    const open = page.getByRole('button', { name: 'Notatet', exact: true });
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(reader(page).getByRole('heading', { level: 2, name: 'Notatet' })).toBeFocused();
    await expect(open).toHaveAttribute('aria-pressed', 'true');

    await reader(page).getByRole('button', { name: 'Afsnit' }).click();
    await reader(page)
      .getByRole('navigation', { name: 'Klyngernes afsnit i notatet' })
      .getByRole('button', { name: /^MADE/ })
      .click();
    await expect(
      reader(page).getByRole('heading', { level: 4, name: /Avanceret produktion: MADE/ }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Avanceret produktion: MADE \(/);
    await page.keyboard.press('Tab');
    const made = page.locator(':focus');
    await expect(made).toHaveAccessibleName(/^MADE er en veletableret klyngeorganisation/);
    await expect(made).toHaveAccessibleName(/vælg for at vise klyngen MADE\)$/);
    await saveScreenshot(page, 'reader-keyboard-focus-desktop-da');
    await expect(page.locator(':focus')).toHaveText(/MADE er en veletableret klyngeorganisation/);

    await page.keyboard.press('Escape');
    await expect(reader(page)).toHaveCount(0);
    await expect(open).toBeFocused();
    await expect(open).toHaveAttribute('aria-pressed', 'false');
  });

  test('has no axe violations with the reader open, in Danish and English; screenshots', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await openReader(page);
    await expectNoAxeViolations(page, READER_VIEW);
    await saveScreenshot(page, 'reader-desktop-da');

    await sentence(page, VOJENS).click();
    await expectNoAxeViolations(page, READER_VIEW);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(reader(page).getByRole('heading', { level: 2, name: 'The note' })).toBeVisible();
    await expect(reader(page).getByRole('group', { name: 'This sentence supports' })).toBeVisible();
    await expect(reader(page).locator('[lang="da"]').first()).toContainText('Energy Cluster Denmark blev');
    await expectNoAxeViolations(page, READER_VIEW);
    await saveScreenshot(page, 'reader-choice-desktop-en');
    await reader(page).getByRole('button', { name: 'Close the choice' }).click();
    await expect(sentence(page, VOJENS)).toBeFocused();
    await reader(page).evaluate((el) => el.closest('.overflow-y-auto')?.scrollTo(0, 0));
    await saveScreenshot(page, 'reader-desktop-en');
  });

  for (const lang of ['da', 'en'] as const) {
    test(`phone (${lang}): the header button opens the reader in the bottom sheet`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      // Reduced motion: jumps land at once (no smooth scrolling), which also keeps the screenshots still.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      await waitForMap(page);
      await page.getByRole('button', { name: lang === 'en' ? 'The note' : 'Notatet', exact: true }).click();
      await expect(reader(page)).toBeVisible();
      await expect(reader(page).getByRole('heading', { level: 4 })).toHaveCount(14);
      await expectNoAxeViolations(page, READER_VIEW);
      await saveScreenshot(page, `reader-phone-${lang}`);
      await sentence(page, VOJENS).scrollIntoViewIfNeeded();
      await sentence(page, VOJENS).click();
      const choice = reader(page).getByRole('group', {
        name: lang === 'en' ? 'This sentence supports' : 'Sætningen understøtter',
      });
      await expect(choice).toBeInViewport({ ratio: 1 });
      await saveScreenshot(page, `reader-choice-phone-${lang}`);
      await choice.getByRole('button', { name: lang === 'en' ? /Office: Vojens/ : /Kontor: Vojens/ }).click();
      await expect(reader(page)).toHaveCount(0);
      await expect(page.locator('#details-panel')).toContainText('Food & Bio Cluster Denmark');
      await saveScreenshot(page, `reader-to-fact-phone-${lang}`);
    });
  }

  test('a failing note fetch says which file and why, and retry works', async ({ page, guard }) => {
    let fail = true;
    await page.route('**/data/note.md', (route) =>
      fail ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback(),
    );
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Notatet', exact: true }).click();
    const alert = reader(page).getByRole('alert');
    await expect(alert).toContainText('note.md');
    await expect(alert).toContainText('500');
    fail = false;
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(sentence(page, VOJENS)).toBeVisible();
    // The 500 itself is logged by the browser; that is the fault we injected.
    guard.errors = guard.errors.filter((e) => !e.includes('500'));
  });
});
