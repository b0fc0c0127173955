import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { project } from './mercator';
import { layoutMarkers, MAX_SPREAD, ringRadius, spreadMarkers, type MarkerInput } from './marker-layout';

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

describe('layoutMarkers', () => {
  const AARHUS = { lon: 10.21076, lat: 56.15674 };
  const town = (prefix: string, at: { lon: number; lat: number }, n: number) =>
    Array.from({ length: n }, (_, i) => marker(`${prefix}${i}`, at, i));
  const crowd = [...town('kbh', KOEBENHAVN, 7), ...town('rsk', ROSKILDE, 2), ...town('aar', AARHUS, 7)];
  const options = { maxRing: 8, stackRadius: 14 };

  it('keeps rings as spreadMarkers draws them while none holds more than maxRing', () => {
    const small = [...town('kbh', KOEBENHAVN, 3), marker('rsk', ROSKILDE, 3)];
    const { markers, stacks } = layoutMarkers(small, 5, 3, options);
    expect(stacks).toEqual([]);
    expect(markers).toEqual(spreadMarkers(small, 5, 3));
  });

  it('draws the fullest town of an overfull ring as one stack, and opens it again where there is room', () => {
    // København and Roskilde touch: 7 + 2 > 8, so København becomes a stack; Aarhus' ring of 7 is alone.
    const far = layoutMarkers(crowd, 6, 3, options);
    expect(far.stacks.map((s) => s.ids)).toEqual([town('kbh', KOEBENHAVN, 7).map((m) => m.id)]);
    expect(far.stacks[0]?.anchor).toEqual([KOEBENHAVN.lon, KOEBENHAVN.lat]);
    expect(far.markers.filter((m) => m.id.startsWith('aar')).every((m) => m.groupSize === 7)).toBe(true);
    // Zoomed out to the whole country Aarhus becomes a stack too, and København's takes in Roskilde,
    // whose markers it would cover: a stack stays on its place, with a leg from each town it holds.
    const country = layoutMarkers(crowd, 4, 3, options);
    expect(country.stacks.map((s) => s.ids.length)).toEqual([7, 9]);
    const capital = country.stacks.find((s) => s.ids.includes('rsk0'));
    expect(capital?.towns).toEqual([
      [ROSKILDE.lon, ROSKILDE.lat],
      [KOEBENHAVN.lon, KOEBENHAVN.lat],
    ]);
    expect(capital?.groupSize).toBe(1);
    const near = layoutMarkers(crowd, 11, 3, options);
    expect(near.stacks).toEqual([]);
    expect(near.markers).toHaveLength(crowd.length);
    expect(Math.max(...near.markers.map((m) => m.groupSize))).toBe(7);
  });

  it('never hides the kept presence in a stack', () => {
    const { stacks, markers } = layoutMarkers(crowd, 6, 3, { ...options, keep: 'kbh3' });
    expect(stacks.flatMap((s) => s.ids)).not.toContain('kbh3');
    expect(markers.map((m) => m.id)).toContain('kbh3');
  });

  it('lists every presence exactly once, as a marker or in a stack, whatever the zoom and order', () => {
    fc.assert(
      fc.property(fc.double({ min: 3.5, max: 13, noNaN: true }), fc.boolean(), (zoom, reversed) => {
        const input = reversed ? [...crowd].reverse() : crowd;
        const { markers, stacks } = layoutMarkers(input, zoom, 3, options);
        const ids = [...markers.map((m) => m.id), ...stacks.flatMap((s) => s.ids)].sort();
        expect(ids).toEqual(crowd.map((m) => m.id).sort());
        expect(markers.every((m) => m.groupSize <= options.maxRing)).toBe(true);
        expect(layoutMarkers(input, zoom, 3, options)).toEqual(layoutMarkers(crowd, zoom, 3, options));
      }),
      { numRuns: 60 },
    );
  });
});
