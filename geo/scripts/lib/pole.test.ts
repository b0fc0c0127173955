import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon';
import { poleOfInaccessibility } from './pole';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('poleOfInaccessibility', () => {
  it('finds the middle of a square', () => {
    const [lon, lat] = poleOfInaccessibility({ type: 'MultiPolygon', coordinates: [square(10, 55, 1)] });
    expect(lon).toBeCloseTo(10.5, 2);
    expect(lat).toBeCloseTo(55.5, 2);
  });

  it('stays inside a U shape whose centroid lies outside it', () => {
    const u: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [10, 55],
            [13, 55],
            [13, 58],
            [12, 58],
            [12, 56],
            [11, 56],
            [11, 58],
            [10, 58],
            [10, 55],
          ],
        ],
      ],
    };
    const pole = poleOfInaccessibility(u);
    expect(pointInPolygon(pole, u)).toBe(true);
    expect(pointInPolygon([11.5, 56.8], u)).toBe(false); // the centroid region is the gap
  });

  it('picks the part with the most room, not the first one', () => {
    const pole = poleOfInaccessibility({
      type: 'MultiPolygon',
      coordinates: [square(8, 55, 0.2), square(10, 55, 2)],
    });
    expect(pole[0]).toBeGreaterThan(10);
  });

  it('keeps out of a hole', () => {
    const withHole: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[...square(10, 55, 3), ...square(11, 56, 1)]],
    };
    const pole = poleOfInaccessibility(withHole);
    expect(pointInPolygon(pole, withHole)).toBe(true);
  });

  it('rounds to 5 decimals and is deterministic', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(9.123456, 56.654321, 0.37)] };
    const a = poleOfInaccessibility(g);
    expect(poleOfInaccessibility(g)).toEqual(a);
    for (const v of a) expect(Math.round(v * 1e5) / 1e5).toBe(v);
  });
});
