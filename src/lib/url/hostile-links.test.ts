import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBaseMap } from '@/model/base-map';
import { baseMapJson, datasetJson } from '@/testing/test-files';
import { expectValidUrlState } from '@/testing/url-state';
import { AREA_KINDS } from '@/model/area';
import { FILTER_VALUES } from '@/model/filters';
import { knownAreas } from '../area/area-feature';
import { formatAreaRef } from '../area/area-ref';
import { REGION_NAMES } from '../filter/area-names';
import { parseUrl } from './parse-url';
import { validateAreas } from './validate-areas';
import { validateIds } from './validate-ids';
import { writeUrl } from './write-url';
import { PARAMS, type Dropped, type UrlState } from './url-state';
import { AREA_LEVELS, COVERAGE_METRICS, LANGUAGES, SIDE_PANELS, VIEWS } from '@/model/view';
import { SOURCE_MODES } from '@/model/schema';

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

/** Every area of the base map, as "kind:code": what a link's area and compare list are checked against. */
const areas = knownAreas(decodeBaseMap(baseMapJson()));

/** What the app ends up with: the parsed view with unknown ids and areas dropped. */
function open(search: unknown): { state: UrlState; dropped: Dropped[] } {
  const { state, dropped } = parseUrl(search);
  const ids = validateIds(
    { cluster: state.cluster, presence: state.presence, clusters: state.filters.clusters },
    known,
  );
  const checked = validateAreas({ area: state.area, compare: state.compare }, areas);
  return {
    state: {
      ...state,
      cluster: ids.cluster,
      presence: ids.presence,
      filters: { ...state.filters, clusters: ids.clusters },
      area: checked.area,
      compare: checked.compare,
      compareOpen: state.compareOpen && checked.compare.length > 0,
    },
    dropped: [...dropped, ...ids.dropped, ...checked.dropped],
  };
}

const expectValid = (state: UrlState) => expectValidUrlState(state, { ...known, areas });

const realArea = fc.constantFrom(...areas);
/** Areas that look right and are not: Christiansø, a sixth region, a kind that is not one, upper case. */
const nearMissArea = fc.oneof(
  fc.constantFrom('municipality:0411', 'region:1086', 'funen:sjaelland', 'erhvervshus:fyns', 'town:odense'),
  realArea.map((a) => a.toUpperCase()),
  realArea.map((a) => a.replace(':', '::')),
  fc
    .tuple(fc.constantFrom(...AREA_KINDS), fc.constantFrom('0101', '1085', 'fyn', 'x', '', '0360 '))
    .map(([k, c]) => `${k}:${c}`),
);
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
  fc.constantFrom('1', '0', 'true', 'false', '', 'yes', 'TRUE', '25', '50', '100'),
  fc.constantFrom(...SOURCE_MODES, 'ALL', 'latest', '2022-06-01', '2021-02-30', '2022-6-1', '99999-01-01'),
  realArea,
  nearMissArea,
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

// Thousands of generated links per property: a few seconds alone, more beside the other suites.
describe('hostile links (issue 9)', { timeout: 30_000 }, () => {
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

  it('report every area they leave out, and keep the ones the base map knows', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(realArea, nearMissArea), { nil: undefined }),
        fc.array(fc.oneof(realArea, nearMissArea), { maxLength: 6 }),
        (area, compare) => {
          const parts = [
            area !== undefined && `area=${area}`,
            compare.length > 0 && `compare=${compare.join(',')}`,
            'comparing=1',
          ].filter(Boolean);
          const { state, dropped } = open(`?${parts.join('&')}`);
          expectValid(state);
          const reported = new Set(dropped.map((d) => d.value.toLowerCase()));
          const kept = new Set([state.area, ...state.compare].filter((a) => a !== null).map(formatAreaRef));
          const norm = (text: string) => text.trim().toLowerCase();
          if (area !== undefined)
            expect(kept.has(norm(area)) || reported.has(norm(area)), `area=${area}`).toBe(true);
          for (const ref of compare.map(norm).filter(Boolean)) {
            expect(kept.has(ref) || reported.has(ref), `compare=${ref}`).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
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
