import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

const sj = { kind: 'region', code: '1085' } as const;
const lolland = { kind: 'municipality', code: '0360' } as const;
const s = () => useAppStore.getState();

describe('area slice', () => {
  beforeEach(() => {
    s().clearArea({ returnCamera: false });
    s().setComparedAreas([]);
    s().setCamera(null);
  });

  it('frames an area and flies back to where the user was when it closes', () => {
    s().setCamera({ longitude: 10, latitude: 56, zoom: 7 });
    s().selectArea(sj);
    expect(s().focusRequest).toMatchObject({ kind: 'area', area: sj });
    s().setCamera({ longitude: 11.5, latitude: 55.3, zoom: 8 });
    // A second profile keeps the first camera to return to.
    s().selectArea(lolland);
    s().clearArea();
    expect(s().selectedArea).toBeNull();
    expect(s().focusRequest).toMatchObject({ kind: 'view', longitude: 10, latitude: 56, zoom: 7 });
  });

  it('returns to the view of Denmark when the map had not been moved, and not at all when asked not to', () => {
    s().selectArea(sj);
    s().clearArea();
    expect(s().focusRequest).toMatchObject({ kind: 'denmark' });
    s().selectArea(sj);
    const before = s().focusRequest;
    s().clearArea({ returnCamera: false });
    expect(s().focusRequest).toBe(before);
  });

  it('a profile opened while the flight back is under way returns to the same place', () => {
    s().setCamera({ longitude: 10, latitude: 56, zoom: 7 });
    s().selectArea(sj);
    s().setCamera({ longitude: 11.5, latitude: 55.3, zoom: 8 });
    s().clearArea();
    // The map has not settled yet: the store still holds the framed camera.
    s().selectArea(lolland);
    s().clearArea();
    expect(s().focusRequest).toMatchObject({ kind: 'view', longitude: 10, zoom: 7 });
  });

  it('keeps at most four distinct areas to compare, and closes an emptied table', () => {
    const regions = ['1081', '1082', '1083', '1084', '1085'].map(
      (code) => ({ kind: 'region', code }) as const,
    );
    for (const r of regions) s().toggleCompared(r);
    expect(s().compareAreas.map((a) => a.code)).toEqual(['1081', '1082', '1083', '1084']);
    s().setCompareOpen(true);
    expect(s().compareOpen).toBe(true);
    for (const r of regions.slice(0, 4)) s().toggleCompared(r);
    expect(s().compareAreas).toEqual([]);
    expect(s().compareOpen).toBe(false);
    s().setCompareOpen(true);
    expect(s().compareOpen).toBe(false);
  });

  it('opening a profile from the comparison shows the profile', () => {
    s().toggleCompared(sj);
    s().setCompareOpen(true);
    s().selectArea(lolland);
    expect(s().compareOpen).toBe(false);
  });
});
