import { describe, expect, it } from 'vitest';
import { polygonAreaKm2, ringAreaKm2 } from './area';

describe('area', () => {
  it('measures a one-degree cell at the equator (about 12 364 km²)', () => {
    const cell = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(ringAreaKm2(cell)).toBeGreaterThan(12_300);
    expect(ringAreaKm2(cell)).toBeLessThan(12_400);
  });
  it('is smaller at Danish latitudes by about cos(56°)', () => {
    const equator = ringAreaKm2([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    const denmark = ringAreaKm2([
      [10, 55.5],
      [11, 55.5],
      [11, 56.5],
      [10, 56.5],
      [10, 55.5],
    ]);
    expect(denmark / equator).toBeCloseTo(Math.cos(56 * (Math.PI / 180)), 2);
  });
  it('subtracts holes', () => {
    const withHole = polygonAreaKm2({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
        [
          [0.5, 0.5],
          [1.5, 0.5],
          [1.5, 1.5],
          [0.5, 1.5],
          [0.5, 0.5],
        ],
      ],
    });
    expect(
      withHole /
        ringAreaKm2([
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ]),
    ).toBeCloseTo(0.75, 2);
  });
});
