import { describe, expect, it } from 'vitest';
import { median, pairedRatios, quantile, spread } from './stats';

describe('stats', () => {
  it('takes the middle value, interpolating for even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
  it('gives p95 near the top of the sample', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(quantile(values, 0.95)).toBe(95);
  });
  it('reports min, max and quartiles', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, p25: 2, p75: 4 });
  });
});

describe('pairedRatios', () => {
  it('divides each app sample by the baseline sample of the same round', () => {
    expect(pairedRatios([110, 200, 90], [100, 100, 100])).toEqual([1.1, 2, 0.9]);
    expect(pairedRatios([1, 2, 3], [1, 2])).toEqual([1, 1]);
  });
});
