import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AreaRef } from '@/model/area';
import { FILTER_KEYS, FILTER_VALUES } from '@/model/filters';
import { AREA_LEVELS, COVERAGE_METRICS, LANGUAGES, RADII_KM, SIDE_PANELS, VIEWS } from '@/model/view';
import { expectValidUrlState } from '@/testing/url-state';
import { parseUrl } from './parse-url';
import { writeUrl } from './write-url';
import { SOURCE_MODES } from '@/model/schema';
import { DEFAULT_AS_OF } from '@/model/as-of-presets';
import { LATEST } from '@/model/fact-date';
import { PARAMS, type UrlState } from './url-state';

const areaRef: fc.Arbitrary<AreaRef> = fc.oneof(
  fc.record({ kind: fc.constantFrom('region', 'municipality' as const), code: fc.stringMatching(/^\d{4}$/) }),
  fc.record({
    kind: fc.constantFrom('erhvervshus', 'funen' as const),
    code: fc.stringMatching(/^[a-z]{2,20}$/),
  }),
);

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const camera = fc.record({
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  latitude: fc.double({ min: -85, max: 85, noNaN: true }),
  zoom: fc.double({ min: 0, max: 22, noNaN: true }),
});

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    lang: fc.constantFrom(null, ...LANGUAGES),
    view: fc.constantFrom(...VIEWS),
    filters: fc.record({
      businessAreas: fc.subarray([...FILTER_VALUES.businessAreas]),
      clusters: fc.uniqueArray(slug, { maxLength: 5 }),
      statuses: fc.subarray([...FILTER_VALUES.statuses]),
      regions: fc.subarray([...FILTER_VALUES.regions]),
      erhvervshus: fc.subarray([...FILTER_VALUES.erhvervshus]),
      tracks: fc.subarray([...FILTER_VALUES.tracks]),
      bases: fc.subarray([...FILTER_VALUES.bases]),
    }),
    cluster: fc.option(slug, { nil: null }),
    presence: fc.option(
      fc.tuple(slug, slug).map(([c, p]) => `${c}--${p}`),
      { nil: null },
    ),
    camera: fc.option(camera, { nil: null }),
    coverageLevel: fc.constantFrom(...AREA_LEVELS),
    coverageMetric: fc.constantFrom(...COVERAGE_METRICS),
    includeAnnounced: fc.boolean(),
    coverageRadius: fc.constantFrom(...RADII_KM),
    reader: fc.boolean(),
    folded: fc.subarray([...SIDE_PANELS]),
    area: fc.option(areaRef, { nil: null }),
    compare: fc.uniqueArray(areaRef, { maxLength: 4, selector: (a) => `${a.kind}:${a.code}` }),
    compareOpen: fc.boolean(),
    embed: fc.boolean(),
    sources: fc.constantFrom(...SOURCE_MODES),
    asOf: fc.oneof(fc.constant(LATEST), day),
    since: fc.option(day, { nil: null }),
  })
  // With the note alone a link carries no date: the note has its own.
  .map((s) => (s.sources === 'note' ? { ...s, asOf: DEFAULT_AS_OF, since: null } : s))
  .map((s) => (s.presence ? { ...s, cluster: s.presence.split('--')[0] ?? null } : s))
  .map((s) => ({ ...s, compareOpen: s.compareOpen && s.compare.length > 0 }));

const expectValid = (state: UrlState) => expectValidUrlState(state);

const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('%', '%%', '%E0%A4%A', '%00', '<script>', '__proto__', ',,,', '1e308', '-0', ' ', '\u0000'),
  fc
    .array(fc.constantFrom(...FILTER_VALUES.businessAreas, 'x', ''), { maxLength: 4 })
    .map((a) => a.join(',')),
  fc
    .array(
      fc.constantFrom('region:1085', 'funen:fyn', 'erhvervshus:fyn', 'municipality:0360', 'region:x', 'x:1'),
      {
        maxLength: 7,
      },
    )
    .map((a) => a.join(',')),
);
const hostileQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...Object.values(PARAMS)), fc.string()), hostileValue), {
    maxLength: 12,
  })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

// Thousands of generated links per property: a few seconds alone, more beside the other suites.
describe('URL codec properties', { timeout: 30_000 }, () => {
  it('never throws on random or hostile input and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostileQuery), (search) => {
        const { state } = parseUrl(search);
        expectValid(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what it writes, with nothing dropped', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const search = writeUrl(state);
        const { state: back, dropped } = parseUrl(search);
        expect(dropped).toEqual([]);
        expect(writeUrl(back)).toBe(search);
        for (const key of FILTER_KEYS) {
          expect([...back.filters[key]].sort()).toEqual([...state.filters[key]].sort());
        }
        expect([back.lang, back.view, back.cluster, back.presence, back.reader, back.folded]).toEqual([
          state.lang,
          state.view,
          state.cluster,
          state.presence,
          state.reader,
          SIDE_PANELS.filter((p) => state.folded.includes(p)),
        ]);
        expect([back.sources, back.asOf, back.since]).toEqual([state.sources, state.asOf, state.since]);
        expect([back.area, back.compare, back.compareOpen, back.coverageRadius]).toEqual([
          state.area,
          state.compare,
          state.compareOpen,
          state.coverageRadius,
        ]);
        if (state.camera) {
          expect(back.camera?.zoom).toBeCloseTo(state.camera.zoom, 2);
          expect(back.camera?.longitude).toBeCloseTo(state.camera.longitude, 1);
        } else expect(back.camera).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('settles after one pass: write(parse(x)) is a fixed point for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileQuery), (search) => {
        const once = writeUrl(parseUrl(search).state);
        expect(writeUrl(parseUrl(once).state)).toBe(once);
        expect(parseUrl(once).dropped).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
