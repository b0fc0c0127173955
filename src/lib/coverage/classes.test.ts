import { describe, expect, it } from 'vitest';
import { beyondClass, countClass, distanceClass } from './classes';

describe('classes', () => {
  it('puts 0 clusters in the white-spot class and groups 3–4 and 5+', () => {
    expect([0, 1, 2, 3, 4, 5, 14].map(countClass)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });
  it('uses half-open kilometre bands and -1 for nothing to measure to', () => {
    expect([0, 24.99, 25, 49.9, 50, 99.9, 100, 300].map(distanceClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(distanceClass(null)).toBe(-1);
  });
  it('keeps nobody beyond apart, then (min, max] bands of the share beyond', () => {
    expect([0, 0.0001, 0.1, 0.1001, 0.25, 0.5, 0.51, 1].map(beyondClass)).toEqual([0, 1, 1, 2, 2, 3, 4, 4]);
    expect(beyondClass(null)).toBe(-1);
  });
});
