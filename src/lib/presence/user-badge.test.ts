import { describe, expect, it } from 'vitest';
import { markerFootprint, userBadgeOffset, USER_BADGE_RADIUS } from './marker-style';
import { plusBadge } from './patterns';
import { presencePointData } from './point-features';
import { dataset } from '@/testing/coverage-fixtures';
import type { UserPresence } from '@/model/schema';

describe('the "+" badge of an imported presence', () => {
  it('is an opaque disc with a transparent outside, white at the centre (the plus)', () => {
    const image = plusBadge(USER_BADGE_RADIUS);
    expect(image.width).toBe(image.height);
    const at = (x: number, y: number) => [
      ...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
    ];
    const c = Math.floor(image.width / 2);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(c, c)).toEqual([255, 255, 255, 255]);
    // Between the plus's arms: the dark disc.
    expect(at(c + 3, c + 3).slice(0, 3)).toEqual([0x1c, 0x2a, 0x33]);
  });

  it('sits on the marker edge, up and to the right, and makes room in the layout', () => {
    const [x, y] = userBadgeOffset(8, 'established');
    expect(x).toBeGreaterThan(5);
    expect(y).toBe(-x);
    expect(markerFootprint(7, 'planned', false, true)).toBeGreaterThan(markerFootprint(7, 'planned', false));
  });

  it('marks imported presences in the point features', () => {
    const [first] = dataset.presences.filter((p) => p.point);
    if (!first) throw new Error('no city presence');
    const user: UserPresence = {
      ...first,
      id: 'user--clean--vejle',
      basis: { type: 'user', source: 'x' },
      quote: '',
      point: [9.53, 55.71],
    };
    const { points } = presencePointData([first, user], dataset.clusters, 7);
    expect(points.features.map((f) => [f.properties.id, f.properties.user])).toEqual([
      [first.id, false],
      ['user--clean--vejle', true],
    ]);
  });
});
