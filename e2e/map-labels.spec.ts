import { test, expect, waitForMap } from './support/fixtures';
import { overlaps, placedBoxes, type PlacedBox } from './support/placed-labels';

/**
 * Issue 16: nothing the map writes or marks runs into anything else. What a mark carries inside or on
 * it (its code, the "+" badge, the inferred ring, the selected chip's halo) is part of that mark.
 */
const PART_OF_A_MARK = new Set([
  'presence-code',
  'presence-code-light',
  'presence-user-badge',
  'presence-inferred-ring',
  'presence-area-chip-halo',
]);
const MARKERS = ['presence-body'];
const describe = (b: PlacedBox) =>
  `${b.layer} ${b.feature} [${[b.x1, b.y1, b.x2, b.y2].map((v) => v.toFixed(1)).join(', ')}]`;

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`no two labels or marks overlap at the first view (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await waitForMap(page);
    const boxes = (await placedBoxes(page, MARKERS)).filter((b) => !PART_OF_A_MARK.has(b.layer));
    const layers = new Set(boxes.map((b) => b.layer));
    // The proof means something only if it saw the town names, the chips and the markers.
    for (const layer of ['town-labels', 'presence-area-chip', 'presence-body'])
      expect(layers).toContain(layer);
    const clashes = overlaps(boxes).map(([a, b]) => `${describe(a)} × ${describe(b)}`);
    expect(clashes).toEqual([]);
  });
}
