import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '@/lib/geo/point-in-polygon';
import { areaChips, areaKeysOf, areaShapes, chipOffsets, type Obstacle } from './area-features';
import { CHIP_GAP, CHIP_HALF } from './marker-style';
import { project } from './mercator';
import { presencePointData } from './point-features';
import { townsAt } from './town-labels';
import { baseMap, dataset } from '@/testing/presence-fixtures';

const areaIds = dataset.presences.filter((p) => p.precision === 'area').map((p) => p.id);
const chipsAt = (zoom: number, obstacles: Obstacle[] = []) =>
  areaChips(dataset.presences, dataset.clusters, baseMap, zoom, obstacles);

describe('areaShapes', () => {
  const shapes = areaShapes(dataset.presences, dataset.clusters, baseMap);

  it('draws every area once, with the ids of every presence on it, and no town', () => {
    const ids = shapes.features.flatMap((f) => f.properties.ids.split(',').filter(Boolean));
    expect(ids.sort()).toEqual([...areaIds].sort());
    const keys = shapes.features.map((f) => f.properties.key);
    expect(new Set(keys).size).toBe(keys.length);
    const sjaelland = shapes.features.find((f) => f.properties.key === 'region:1085');
    expect(sjaelland?.properties.ids).toBe(
      ',clean--sjaelland,marlog--sjaelland,digitallead--sjaelland,odense-robotics--sjaelland,',
    );
  });

  it("names the areas a subset of presences still holds, in the shapes' order", () => {
    const keys = shapes.features.map((f) => f.properties.key);
    expect(areaKeysOf(dataset.presences, dataset.clusters, baseMap)).toEqual(keys);
    const robotics = dataset.presences.filter((p) => p.clusterId === 'odense-robotics');
    const held = areaKeysOf(robotics, dataset.clusters, baseMap);
    expect(held).toContain('region:1085');
    expect(held.length).toBeLessThan(keys.length);
    expect(held.every((k) => keys.includes(k))).toBe(true);
    expect(
      areaKeysOf(
        dataset.presences.filter((p) => !p.area),
        dataset.clusters,
        baseMap,
      ),
    ).toEqual([]);
  });

  it('draws Femern Bælt as Lolland', () => {
    const femern = shapes.features.find((f) =>
      f.properties.ids.includes(',odense-robotics--femern-baelt-projektet,'),
    );
    expect(pointInPolygon([11.3, 54.8], femern?.geometry ?? { type: 'MultiPolygon', coordinates: [] })).toBe(
      true,
    );
  });
});

describe('chipOffsets', () => {
  it('puts up to four chips in a centred row, more in two rows', () => {
    const step = 2 * CHIP_HALF + CHIP_GAP;
    expect(chipOffsets(1)).toEqual([[0, 0]]);
    expect(chipOffsets(2)).toEqual([
      [-step / 2, 0],
      [step / 2, 0],
    ]);
    const five = chipOffsets(5);
    expect(five.map(([, y]) => y)).toEqual([-step / 2, -step / 2, -step / 2, step / 2, step / 2]);
    expect(five.slice(3).map(([x]) => x)).toEqual([-step / 2, step / 2]);
  });
});

describe('areaChips', () => {
  it('draws one chip per area-level presence, side by side inside its area', () => {
    const chips = chipsAt(7);
    expect(chips.features.map((f) => f.properties.id).sort()).toEqual([...areaIds].sort());
    const sjaelland = chips.features.filter((f) => f.properties.id.endsWith('--sjaelland'));
    const ys = new Set(
      sjaelland.map((f) => project(f.geometry.coordinates as [number, number], 7)[1].toFixed(3)),
    );
    expect(ys.size).toBe(1);
    const region = baseMap.regions.features.find((r) => r.properties.code === '1085');
    for (const chip of sjaelland)
      expect(
        pointInPolygon(
          chip.geometry.coordinates,
          region?.geometry ?? { type: 'MultiPolygon', coordinates: [] },
        ),
      ).toBe(true);
  });

  it('carries what the style needs: code, colour, image, name', () => {
    const marlog = chipsAt(7).features.find((f) => f.properties.id === 'marlog--sjaelland');
    expect(marlog?.properties).toMatchObject({
      code: 'ML',
      status: 'in-progress',
      image: 'presence-chip:maritime-and-logistics:in-progress',
      name: 'MARLOG',
      textColor: '#ffffff',
    });
  });

  it('never covers a marker, a stack, a named town or another area’s chips, at any zoom of the first view', () => {
    for (const zoom of [5, 5.6, 6.3, 7, 8, 9, 10]) {
      const points = presencePointData(dataset.presences, dataset.clusters, zoom);
      const chips = chipsAt(zoom, points.obstacles);
      const circles = [
        ...points.obstacles,
        ...townsAt(baseMap.labels.features, zoom).map((t) => ({
          at: t.geometry.coordinates as [number, number],
          radius: 4,
        })),
      ].map((o) => ({ at: project(o.at, zoom), radius: o.radius }));
      const centres = chips.features.map((f) => project(f.geometry.coordinates as [number, number], zoom));
      for (const [x, y] of centres) {
        for (const c of circles) {
          const dx = Math.max(Math.abs(c.at[0] - x) - CHIP_HALF, 0);
          const dy = Math.max(Math.abs(c.at[1] - y) - CHIP_HALF, 0);
          expect(Math.hypot(dx, dy), `zoom ${zoom}`).toBeGreaterThanOrEqual(c.radius);
        }
        for (const [ox, oy] of centres) {
          if (ox === x && oy === y) continue;
          expect(Math.max(Math.abs(ox - x), Math.abs(oy - y)), `zoom ${zoom}`).toBeGreaterThanOrEqual(
            2 * CHIP_HALF,
          );
        }
      }
    }
  });

  it('leaves out what the filters took away, and does not depend on the input order', () => {
    const some = dataset.presences.filter((p) => p.clusterId === 'marlog');
    expect(areaChips(some, dataset.clusters, baseMap, 7, []).features.map((f) => f.properties.id)).toEqual([
      'marlog--sjaelland',
    ]);
    expect(areaChips([...dataset.presences].reverse(), dataset.clusters, baseMap, 7, [])).toEqual(chipsAt(7));
  });
});
