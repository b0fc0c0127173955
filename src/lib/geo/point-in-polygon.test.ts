import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { pointInPolygon } from './point-in-polygon';

const squareWithHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
};

describe('pointInPolygon', () => {
  it('finds points inside the outer ring', () => {
    expect(pointInPolygon([1, 1], squareWithHole)).toBe(true);
  });
  it('rejects points outside', () => {
    expect(pointInPolygon([11, 5], squareWithHole)).toBe(false);
  });
  it('rejects points in a hole', () => {
    expect(pointInPolygon([5, 5], squareWithHole)).toBe(false);
  });
  it('checks every part of a MultiPolygon', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [
        squareWithHole.coordinates,
        [
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 20],
          ],
        ],
      ],
    };
    expect(pointInPolygon([28, 22], multi)).toBe(true);
  });
});
