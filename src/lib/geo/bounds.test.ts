import { describe, expect, it } from 'vitest';
import { geometryBounds, unionBounds } from './bounds';

describe('geometryBounds', () => {
  it('spans every ring of a multipolygon, holes included', () => {
    expect(
      geometryBounds([
        {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [10, 55],
                [11, 55],
                [11, 56],
                [10, 55],
              ],
            ],
            [
              [
                [14.7, 55.1],
                [15.2, 55.0],
                [15.1, 55.3],
                [14.7, 55.1],
              ],
            ],
          ],
        },
      ]),
    ).toEqual([10, 55, 15.2, 56]);
  });

  it('handles points and empty input', () => {
    expect(geometryBounds([{ type: 'Point', coordinates: [9.8, 54.9] }])).toEqual([9.8, 54.9, 9.8, 54.9]);
    expect(geometryBounds([])).toBeNull();
    expect(geometryBounds([{ type: 'MultiPoint', coordinates: [] }])).toBeNull();
  });
});

describe('unionBounds', () => {
  it('joins boxes and points, skipping nothing', () => {
    expect(unionBounds([[8, 55, 9, 56], [12.5, 55.7], null, undefined])).toEqual([8, 55, 12.5, 56]);
    expect(unionBounds([])).toBeNull();
  });
});
