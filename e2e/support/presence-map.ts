import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

interface Presence {
  id: string;
  clusterId: string;
  place: string;
  point: [number, number] | null;
  municipality: { name: string } | null;
}
interface Cluster {
  id: string;
  name: string;
}

/** The built dataset the app serves, for expectations that follow the data instead of copying it. */
export const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  clusters: Cluster[];
  presences: Presence[];
};

export const clusterName = (id: string) => dataset.clusters.find((c) => c.id === id)?.name ?? id;

/**
 * Resolves once the camera has held still for a few frames. Until someone moves the map, it refits
 * Denmark on the frame after an overlay changes (src/map/use-focus-requests.ts): a point projected
 * just after a legend folds would be clicked where the marker no longer is.
 */
async function steadyCamera(page: Page) {
  await page.evaluate(async () => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const camera = () => `${map.getCenter().toArray().join()} ${map.getZoom()} ${map.isMoving()}`;
    let last = camera();
    for (let still = 0; still < 3;) {
      await frame();
      const now = camera();
      still = now === last && !map.isMoving() ? still + 1 : 0;
      last = now;
    }
  });
}

/** Page coordinates of a point [lon, lat], through the map's own projection, once it holds still. */
export async function pagePoint(page: Page, lngLat: [number, number]) {
  await steadyCamera(page);
  return page.evaluate((at) => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const p = map.project(at);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

/**
 * Where a presence's marker is drawn now (moved aside in a shared town), in page coordinates; an
 * imported town presence is drawn by its own layer, as a marker where no other is near.
 */
export async function markerPoint(page: Page, presenceId: string) {
  await steadyCamera(page);
  const at = await page.evaluate((id) => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const layers = ['presence-body', 'imported-body', 'imported-body:filtered'].filter((layer) =>
      map.getLayer(layer),
    );
    const feature = map.queryRenderedFeatures({ layers }).find((f) => f.properties.id === id);
    return feature?.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : null;
  }, presenceId);
  if (!at) throw new Error(`no marker drawn for ${presenceId}`);
  return pagePoint(page, at);
}

/** Ids the map highlights as selected (a marker's ring, an area-level presence's chip halo). */
export function selectedOnMap(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const layers = ['presence-selection', 'presence-area-chip-halo'].filter((id) => map.getLayer(id));
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)))];
  });
}

/**
 * Presence ids the map draws now, by how: town markers, the presences a stack stands for, and
 * area-level presences' chips.
 */
export function drawnPresences(
  page: Page,
): Promise<{ markers: string[]; stacked: string[]; chips: string[] }> {
  return page.evaluate(() => {
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const ids = (layers: string[], key = 'id') => {
      const present = layers.filter((id) => map.getLayer(id));
      if (present.length < layers.length) throw new Error(`presence layers missing: ${layers.join(', ')}`);
      const values = map
        .queryRenderedFeatures({ layers: present })
        .flatMap((f) => String(f.properties[key]).split(','));
      return [...new Set(values)].sort();
    };
    return {
      markers: ids(['presence-body']),
      stacked: ids(['presence-stack'], 'ids').filter(Boolean),
      chips: ids(['presence-area-chip', 'presence-area-chip-light']),
    };
  });
}

/**
 * The areas tinted for area-level presences (their keys, "region:1085"): every presence's areas stay in
 * the source, those the filters empty hidden by feature state, so those are left out here as on screen.
 */
export function drawnAreas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__klyngekortMap;
    if (!map?.getLayer('presence-area-tint')) throw new Error('area tint layer missing');
    const shown = map
      .queryRenderedFeatures({ layers: ['presence-area-tint'] })
      .filter((f) => f.state.hidden !== true)
      .map((f) => String(f.properties.key));
    return [...new Set(shown)].sort();
  });
}

/** Waits until the camera has stopped, then returns its centre and zoom. */
export async function settledCamera(page: Page) {
  await page.waitForFunction(() => window.__klyngekortMap?.isMoving() === false);
  return page.evaluate(() => {
    const map = window.__klyngekortMap;
    return { center: map?.getCenter().toArray() ?? [0, 0], zoom: map?.getZoom() ?? 0 };
  });
}
