import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './distance';

describe('greatCircleKm', () => {
  it('is zero for the same point', () => {
    expect(greatCircleKm([10, 56], [10, 56])).toBe(0);
  });
  it('measures København–Aarhus at about 157 km', () => {
    expect(greatCircleKm([12.56553, 55.67594], [10.21076, 56.15674])).toBeCloseTo(157, -1);
  });
  it('is symmetric', () => {
    expect(greatCircleKm([9.3, 55.2], [11.7, 55.2])).toBeCloseTo(greatCircleKm([11.7, 55.2], [9.3, 55.2]), 9);
  });
});
