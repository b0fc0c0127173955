import { describe, expect, it } from 'vitest';
import { clipRing, clipToBox } from './clip-to-box';

describe('clipRing', () => {
  it('cuts a square that straddles the box edge', () => {
    const ring = [
      [-5, 0],
      [5, 0],
      [5, 10],
      [-5, 10],
      [-5, 0],
    ];
    const clipped = clipRing(ring, [0, 0, 10, 10]);
    const xs = clipped.map((p) => p[0]);
    expect(Math.min(...(xs as number[]))).toBe(0);
    expect(Math.max(...(xs as number[]))).toBe(5);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
  });
  it('drops rings wholly outside', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        [0, 0, 10, 10],
      ),
    ).toEqual([]);
  });
  it('keeps rings wholly inside unchanged', () => {
    const ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, [0, 0, 10, 10])).toEqual(ring);
  });
});

describe('clipToBox', () => {
  it('drops polygons outside the box', () => {
    const result = clipToBox(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [20, 20],
              [30, 20],
              [30, 30],
              [20, 20],
            ],
          ],
          [
            [
              [1, 1],
              [2, 1],
              [2, 2],
              [1, 1],
            ],
          ],
        ],
      },
      [0, 0, 10, 10],
    );
    expect(result.coordinates).toHaveLength(1);
  });
});
