import { describe, expect, it } from 'vitest';
import { presenceFocus, PRESENCE_FOCUS_ZOOM } from './focus-target';
import { baseMap, presence } from '@/testing/presence-fixtures';

describe('presenceFocus', () => {
  it('goes to the town of a city-level presence', () => {
    expect(presenceFocus(presence('food-bio-cluster-denmark--vojens'), baseMap)).toEqual({
      kind: 'point',
      longitude: 9.30603,
      latitude: 55.24639,
      zoom: PRESENCE_FOCUS_ZOOM,
    });
  });

  it('fits the whole area of an area-level presence', () => {
    const focus = presenceFocus(presence('vision-denmark--fyn'), baseMap);
    expect(focus?.kind).toBe('bounds');
    const [w, s, e, n] = focus?.kind === 'bounds' ? focus.bounds : [0, 0, 0, 0];
    expect(w).toBeLessThan(10);
    expect(e).toBeGreaterThan(10.8);
    expect(s).toBeLessThan(55);
    expect(n).toBeGreaterThan(55.5);
  });

  it('has nowhere to go for an area before the base map has loaded', () => {
    expect(presenceFocus(presence('vision-denmark--fyn'), undefined)).toBeNull();
  });
});
