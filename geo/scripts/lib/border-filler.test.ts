import { describe, expect, it } from 'vitest';
import { borderFiller } from './border-filler';

describe('borderFiller', () => {
  const border = [
    [9, 54.8],
    [10, 54.8],
  ];
  it('closes the ring between the two border lines, ordered along the border', () => {
    const danish = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [9, 54.81],
          [9.5, 54.812],
          [10, 54.81],
          [10, 56],
          [9, 56],
          [9, 54.81],
        ],
      ],
    };
    const ring = borderFiller(border, [danish]).coordinates[0] ?? [];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    // Natural Earth's line first, then DAGI's vertices back from east to west; far vertices left out.
    expect(ring.slice(2, -1).map((p) => p[0])).toEqual([10, 9.5, 9, 9]);
    expect(ring.some((p) => p[1] === 56)).toBe(false);
  });
  it('fails loudly when DAGI has no vertex near the border', () => {
    const far = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [9, 56],
          [10, 56],
          [10, 57],
          [9, 56],
        ],
      ],
    };
    expect(() => borderFiller(border, [far])).toThrow(/no DAGI border vertices/);
  });
});
