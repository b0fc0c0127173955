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
