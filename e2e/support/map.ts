import type { Page } from '@playwright/test';

/** Reads the live map through the test hook the app exposes when Playwright asks for it. */
export function renderedProperty(page: Page, layer: string, property: string): Promise<string[]> {
  return page.evaluate(
    ([layerId, key]) => {
      const map = window.__klyngekortMap;
      if (!map) throw new Error('map test hook missing');
      return map
        .queryRenderedFeatures({ layers: [layerId as string] })
        .map((f) => String(f.properties[key as string]));
    },
    [layer, property],
  );
}

/** Resolves at the map's next idle; a repaint makes sure there is one even when nothing changed. */
export function mapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__klyngekortMap;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}
