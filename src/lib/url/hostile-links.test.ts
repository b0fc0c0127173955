import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datasetJson } from '@/testing/test-files';
import { FILTER_KEYS, FILTER_VALUES } from '@/model/filters';
import { REGION_NAMES } from '../filter/area-names';
import { CAMERA_LIMITS } from './camera-precision';
import { parseUrl } from './parse-url';
import { validateIds } from './validate-ids';
import { writeUrl } from './write-url';
import { PARAMS, type Dropped, type UrlState } from './url-state';
import { AREA_LEVELS, COVERAGE_METRICS, LANGUAGES, SIDE_PANELS, VIEWS } from '@/model/view';

/*
 * Issue 9: any link, however random or hostile, gives a valid view. What the app does with a link is
 * parseUrl (shape and vocabularies) and then validateIds against the loaded dataset (ids that exist),
 * so the properties hold for that composition, with the real dataset's ids.
 */
const dataset = datasetJson() as { clusters: { id: string }[]; presences: { id: string }[] };
const known = {
  clusterIds: new Set(dataset.clusters.map((c) => c.id)),
  presenceIds: new Set(dataset.presences.map((p) => p.id)),
};

/** What the app ends up with: the parsed view with unknown ids dropped. */
function open(search: unknown): { state: UrlState; dropped: Dropped[] } {
  const { state, dropped } = parseUrl(search);
  const ids = validateIds(
    { cluster: state.cluster, presence: state.presence, clusters: state.filters.clusters },
    known,
  );
  return {
    state: {
      ...state,
      cluster: ids.cluster,
      presence: ids.presence,
      filters: { ...state.filters, clusters: ids.clusters },
    },
    dropped: [...dropped, ...ids.dropped],
  };
}

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** Everything a valid view is, checked from the vocabularies and the dataset, not the codec's readers. */
function expectValid(state: UrlState) {
  expect(Object.keys(state).sort()).toEqual(
    [
      'camera',
      'cluster',
      'coverageLevel',
      'coverageMetric',
      'filters',
      'folded',
      'includeAnnounced',
      'lang',
      'presence',
      'reader',
      'view',
    ].sort(),
  );
  expect([null, ...LANGUAGES]).toContain(state.lang);
  expect(VIEWS).toContain(state.view);
  expect(AREA_LEVELS).toContain(state.coverageLevel);
  expect(COVERAGE_METRICS).toContain(state.coverageMetric);
  expect(typeof state.includeAnnounced).toBe('boolean');
  expect(typeof state.reader).toBe('boolean');
  expect(new Set(state.folded).size).toBe(state.folded.length);
  state.folded.forEach((p) => expect(SIDE_PANELS).toContain(p));
  expect(Object.keys(state.filters).sort()).toEqual([...FILTER_KEYS].sort());
  for (const key of FILTER_KEYS) {
    const values = state.filters[key] as readonly string[];
    expect(Array.isArray(values)).toBe(true);
    expect(new Set(values).size).toBe(values.length);
    const allowed = key === 'clusters' ? known.clusterIds : new Set<string>(FILTER_VALUES[key]);
    for (const v of values) expect(allowed.has(v), `${key}=${v}`).toBe(true);
  }
  if (state.camera !== null) {
    const { longitude, latitude, zoom } = state.camera;
    for (const v of [longitude, latitude, zoom]) expect(Number.isFinite(v)).toBe(true);
    expect(within(longitude, CAMERA_LIMITS.longitude)).toBe(true);
    expect(within(latitude, CAMERA_LIMITS.latitude)).toBe(true);
    expect(within(zoom, CAMERA_LIMITS.zoom)).toBe(true);
  }
  if (state.cluster !== null) expect(known.clusterIds.has(state.cluster)).toBe(true);
  if (state.presence !== null) {
    expect(known.presenceIds.has(state.presence)).toBe(true);
    expect(state.presence.startsWith(`${state.cluster}--`)).toBe(true);
  }
}

const realCluster = fc.constantFrom(...known.clusterIds);
const realPresence = fc.constantFrom(...known.presenceIds);
/** Ids that look right and are not: the link was made for another dataset, or tampered with. */
const nearMiss = fc.oneof(
  realCluster.map((id) => `${id}x`),
  realPresence.map((id) => `${id}-gone`),
  realPresence.map((id) => id.toUpperCase()),
  fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}(--[a-z0-9]{1,6})?$/),
);
const number = fc.oneof(
  fc.double(),
  fc.integer().map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '-0',
    '0x10',
    '１０',
    ' 10',
    '10 ',
    '+10',
    '.5',
    '5.',
    '1_0',
  ),
);
const camera = fc
  .tuple(number, number, number, fc.constantFrom(',', ';', '%2C', ', '))
  .map(([a, b, c, sep]) => [a, b, c].map(String).join(sep));
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '%',
    '%%',
    '%E0%A4%A',
    '%00',
    '%ZZ',
    '%C0%AE',
    '\u0000',
    '\u202E',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    ',,,',
    '&&&',
    '===',
    '#frag',
    '?',
  ),
);
/** A value for a parameter: its own vocabulary, real ids, near misses, numbers, or junk, possibly in a list. */
const value = fc.oneof(
  fc.constantFrom(...VIEWS, ...LANGUAGES, ...AREA_LEVELS, ...COVERAGE_METRICS, ...SIDE_PANELS),
  fc.constantFrom(...Object.values(FILTER_VALUES).flat(), ...Object.values(REGION_NAMES).map((r) => r.slug)),
  fc.constantFrom('1', '0', 'true', 'false', '', 'yes', 'TRUE'),
  realCluster,
  realPresence,
  nearMiss,
  camera,
  junk,
);
const listValue = fc.array(value, { maxLength: 6 }).map((items) => items.join(','));
const param = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.values(PARAMS)) },
  fc.constantFrom(...Object.values(PARAMS)).map((p) => p.toUpperCase()),
  junk,
);
const encode = (s: string, how: number) =>
  how === 0 ? s : how === 1 ? encodeURIComponent(s) : s.replaceAll(',', '%2C').replaceAll(' ', '+');
const query = fc
  .array(fc.tuple(param, fc.oneof(value, listValue), fc.nat(2)), { maxLength: 20 })
  .map((pairs) => `?${pairs.map(([k, v, how]) => `${encode(k, how)}=${encode(String(v), how)}`).join('&')}`);

const RUNS = { numRuns: 3000 };

describe('hostile links (issue 9)', () => {
  it('never throw and always give a valid view, ids from the dataset or dropped', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          query,
          fc.webQueryParameters().map((q) => `?${q}`),
          fc.string(),
          fc.string({ unit: 'binary' }),
        ),
        (search) => {
          const { state } = open(search);
          expectValid(state);
        },
      ),
      RUNS,
    );
  });

  it('survive inputs that are not strings', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => expectValid(open(input).state)),
      { numRuns: 500 },
    );
  });

  it('report every id they leave out', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(realCluster, nearMiss), { nil: undefined }),
        fc.option(fc.oneof(realPresence, nearMiss), { nil: undefined }),
        fc.array(fc.oneof(realCluster, nearMiss), { maxLength: 5 }),
        (cluster, presence, clusters) => {
          const parts = [
            cluster !== undefined && `cluster=${cluster}`,
            presence !== undefined && `presence=${presence}`,
            clusters.length > 0 && `clusters=${clusters.join(',')}`,
          ].filter(Boolean);
          const { state, dropped } = open(`?${parts.join('&')}`);
          expectValid(state);
          // Kept as it is (lists are read case-insensitively), or listed as dropped (a long value
          // shortened for the notice): never lost silently.
          const reported = new Set(dropped.map((d) => d.value.toLowerCase()));
          const droppedValues = {
            has: (v: string) => reported.has(v) || reported.has(`${v.slice(0, 39)}…`),
          };
          for (const id of clusters) {
            const kept = state.filters.clusters.includes(id.toLowerCase());
            expect(kept || droppedValues.has(id.toLowerCase()), `clusters=${id}`).toBe(true);
          }
          if (presence !== undefined)
            expect(state.presence === presence || droppedValues.has(presence.toLowerCase())).toBe(true);
          if (presence === undefined && cluster !== undefined)
            expect(state.cluster === cluster || droppedValues.has(cluster.toLowerCase())).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('keep a link that names only real things, exactly', () => {
    fc.assert(
      fc.property(realPresence, fc.subarray([...known.clusterIds]), (presence, clusters) => {
        const search = `?clusters=${clusters.join(',')}&presence=${presence}`;
        const { state, dropped } = open(search);
        expect(dropped).toEqual([]);
        expect(state.presence).toBe(presence);
        expect([...state.filters.clusters].sort()).toEqual([...clusters].sort());
      }),
    );
  });

  it('give a link that writes back cleanly: what survives is a fixed point', () => {
    fc.assert(
      fc.property(query, (search) => {
        const once = writeUrl(open(search).state);
        const again = open(once);
        expect(again.dropped).toEqual([]);
        expect(writeUrl(again.state)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('stay fast on huge or deeply repeated links', () => {
    const huge = [
      `?${'clusters=clean,'.repeat(50_000)}`,
      `?map=${'9'.repeat(1_000_000)},55,6`,
      `?${Array.from({ length: 20_000 }, (_, i) => `p${i}=${i}`).join('&')}`,
      `?status=${'%'.repeat(200_000)}`,
    ];
    for (const search of huge) {
      const started = performance.now();
      expectValid(open(search).state);
      // About 10 ms each here; the bound leaves room for a loaded machine and still catches a hang.
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
