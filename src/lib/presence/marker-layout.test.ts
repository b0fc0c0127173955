import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { project } from './mercator';
import { MAX_SPREAD, ringRadius, spreadMarkers, type MarkerInput } from './marker-layout';

const KOEBENHAVN = { lon: 12.56553, lat: 55.67594 };
const ROSKILDE = { lon: 12.08035, lat: 55.64152 };
const VOJENS = { lon: 9.30603, lat: 55.24639 };

const marker = (id: string, at: { lon: number; lat: number }, order = 0, radius = 10): MarkerInput => ({
  id,
  ...at,
  radius,
  order,
});

function screenDistance(a: [number, number], b: [number, number], zoom: number) {
  const [pa, pb] = [project(a, zoom), project(b, zoom)];
  return Math.hypot(pa[0] - pb[0], pa[1] - pb[1]);
}

describe('ringRadius', () => {
  it('puts two markers edge to edge with the gap between them', () => {
    expect(ringRadius(2, 10, 4)).toBeCloseTo(12);
  });
  it('is zero for a single marker', () => {
    expect(ringRadius(1, 10, 4)).toBe(0);
  });
});

describe('spreadMarkers', () => {
  const copenhagen = [
    marker('vision-denmark--koebenhavn', KOEBENHAVN, 2),
    marker('copenhagen-fintech--copenhagen', KOEBENHAVN, 0),
    marker('odense-robotics--koebenhavn', KOEBENHAVN, 1),
  ];

  it('leaves a lone marker on its place', () => {
    const [vojens] = spreadMarkers([marker('vojens', VOJENS)], 8, 3);
    expect(vojens?.position).toEqual([VOJENS.lon, VOJENS.lat]);
    expect(vojens?.groupSize).toBe(1);
  });

  it('spreads markers in one town on a ring, first at the top, clockwise in order', () => {
    const zoom = 9;
    const placed = new Map(spreadMarkers(copenhagen, zoom, 3).map((p) => [p.id, p]));
    const centre = project([KOEBENHAVN.lon, KOEBENHAVN.lat], zoom);
    const offset = (id: string) => {
      const p = project(placed.get(id)?.position ?? [0, 0], zoom);
      return [p[0] - centre[0], p[1] - centre[1]] as const;
    };
    const r = ringRadius(3, 10, 3);
    const [fx, fy] = offset('copenhagen-fintech--copenhagen');
    expect(fx).toBeCloseTo(0, 6);
    expect(fy).toBeCloseTo(-r, 6);
    expect(offset('odense-robotics--koebenhavn')[0]).toBeGreaterThan(0);
    expect(offset('vision-denmark--koebenhavn')[0]).toBeLessThan(0);
    expect(placed.get('vision-denmark--koebenhavn')?.anchor).toEqual([KOEBENHAVN.lon, KOEBENHAVN.lat]);
  });

  it('keeps the same pixel offsets at every zoom for a town alone on the screen', () => {
    for (const zoom of [5, 8, 13]) {
      const [first] = spreadMarkers(copenhagen, zoom, 3);
      const d = screenDistance(first?.position ?? [0, 0], [KOEBENHAVN.lon, KOEBENHAVN.lat], zoom);
      expect(d).toBeCloseTo(ringRadius(3, 10, 3), 5);
    }
  });

  it('merges nearby towns when zoomed out and separates them when zoomed in', () => {
    const markers = [...copenhagen, marker('clean--roskilde', ROSKILDE, 3)];
    expect(spreadMarkers(markers, 5, 3).every((p) => p.groupSize === 4)).toBe(true);
    const near = spreadMarkers(markers, 11, 3);
    expect(near.find((p) => p.id === 'clean--roskilde')?.groupSize).toBe(1);
    expect(near.filter((p) => p.groupSize === 3)).toHaveLength(3);
  });

  it('does not depend on the order of its input', () => {
    const markers = [...copenhagen, marker('clean--roskilde', ROSKILDE, 3), marker('vojens', VOJENS, 4)];
    expect(spreadMarkers([...markers].reverse(), 6, 3)).toEqual(spreadMarkers(markers, 6, 3));
  });

  it('draws every marker on its place when there are too many for rings to help', () => {
    const many = Array.from({ length: MAX_SPREAD + 1 }, (_, i) => marker(`m${i}`, KOEBENHAVN, i));
    const placed = spreadMarkers(many, 8, 3);
    expect(placed.every((p) => p.groupSize === 1 && p.position.join() === p.anchor.join())).toBe(true);
    const enough = many.slice(0, MAX_SPREAD);
    expect(spreadMarkers(enough, 8, 3).every((p) => p.groupSize === MAX_SPREAD)).toBe(true);
  });

  it('never lets two markers overlap, at any zoom', () => {
    const point = fc.record({
      lon: fc.double({ min: 8, max: 15.2, noNaN: true }),
      lat: fc.double({ min: 54.5, max: 57.8, noNaN: true }),
    });
    const input = fc.array(
      fc.record({ at: fc.oneof(point, fc.constant(KOEBENHAVN)), radius: fc.integer({ min: 6, max: 16 }) }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(input, fc.double({ min: 3.5, max: 13, noNaN: true }), (raw, zoom) => {
        const markers = raw.map((m, i) => marker(`m${i}`, m.at, i % 5, m.radius));
        const placed = spreadMarkers(markers, zoom, 3);
        const radius = new Map(markers.map((m) => [m.id, m.radius]));
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            const [a, b] = [placed[i], placed[j]];
            if (!a || !b) continue;
            const d = screenDistance(a.position, b.position, zoom);
            const min = (radius.get(a.id) ?? 0) + (radius.get(b.id) ?? 0) + 3;
            expect(d).toBeGreaterThanOrEqual(min - 1e-6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
