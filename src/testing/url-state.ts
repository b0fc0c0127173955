/** Test-only: what every view a link opens must be, checked from the vocabularies, not the codec's readers. */
import { expect } from 'vitest';
import { AREA_KINDS, MAX_COMPARED_AREAS } from '@/model/area';
import { FILTER_KEYS, FILTER_VALUES } from '@/model/filters';
import { DEFAULT_AS_OF } from '@/model/as-of-presets';
import { parseAsOf } from '@/model/fact-date';
import { SOURCE_MODES } from '@/model/schema';
import { AREA_LEVELS, COVERAGE_METRICS, LANGUAGES, RADII_KM, SIDE_PANELS, VIEWS } from '@/model/view';
import { formatAreaRef, parseAreaRef } from '@/lib/area/area-ref';
import { CAMERA_LIMITS } from '@/lib/url/camera-precision';
import type { UrlState } from '@/lib/url/url-state';

export interface KnownIds {
  clusterIds: ReadonlySet<string>;
  presenceIds: ReadonlySet<string>;
  /** Every area of the base map as "kind:code" (src/lib/area/area-feature.ts knownAreas). */
  areas?: ReadonlySet<string>;
}

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** Fails unless `state` is a complete, valid view; with `known`, its ids must be the dataset's too. */
export function expectValidUrlState(state: UrlState, known?: KnownIds) {
  expect(Object.keys(state).sort()).toEqual(
    [
      'area',
      'asOf',
      'camera',
      'cluster',
      'compare',
      'compareOpen',
      'coverageLevel',
      'coverageMetric',
      'coverageRadius',
      'embed',
      'filters',
      'folded',
      'includeAnnounced',
      'lang',
      'presence',
      'reader',
      'since',
      'sources',
      'view',
    ].sort(),
  );
  expect([null, ...LANGUAGES]).toContain(state.lang);
  expect(VIEWS).toContain(state.view);
  expect(AREA_LEVELS).toContain(state.coverageLevel);
  expect(COVERAGE_METRICS).toContain(state.coverageMetric);
  expect(typeof state.includeAnnounced).toBe('boolean');
  expect(typeof state.reader).toBe('boolean');
  expect(typeof state.embed).toBe('boolean');
  expect(new Set(state.folded).size).toBe(state.folded.length);
  state.folded.forEach((p) => expect(SIDE_PANELS).toContain(p));
  expect(Object.keys(state.filters).sort()).toEqual([...FILTER_KEYS].sort());
  for (const key of FILTER_KEYS) {
    const values: readonly string[] = state.filters[key];
    expect(Array.isArray(values)).toBe(true);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) {
      if (key !== 'clusters') expect(FILTER_VALUES[key], `${key}=${v}`).toContain(v);
      else if (known) expect(known.clusterIds.has(v), `${key}=${v}`).toBe(true);
      else expect(v).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  }
  if (state.camera !== null) {
    const { longitude, latitude, zoom } = state.camera;
    for (const v of [longitude, latitude, zoom]) expect(Number.isFinite(v)).toBe(true);
    expect(within(longitude, CAMERA_LIMITS.longitude)).toBe(true);
    expect(within(latitude, CAMERA_LIMITS.latitude)).toBe(true);
    expect(within(zoom, CAMERA_LIMITS.zoom)).toBe(true);
  }
  expect(SOURCE_MODES).toContain(state.sources);
  expect(parseAsOf(state.asOf)).toBe(state.asOf);
  if (state.since !== null) expect(parseAsOf(state.since)).toBe(state.since);
  // The note alone has its own date: a date or a comparison would silently do nothing there.
  if (state.sources === 'note') expect([state.asOf, state.since]).toEqual([DEFAULT_AS_OF, null]);
  expect(RADII_KM).toContain(state.coverageRadius);
  expect(typeof state.compareOpen).toBe('boolean');
  expect(Array.isArray(state.compare)).toBe(true);
  expect(state.compare.length).toBeLessThanOrEqual(MAX_COMPARED_AREAS);
  expect(new Set(state.compare.map(formatAreaRef)).size).toBe(state.compare.length);
  if (state.compareOpen) expect(state.compare.length).toBeGreaterThan(0);
  for (const ref of [state.area, ...state.compare].filter((r) => r !== null)) {
    expect(AREA_KINDS).toContain(ref.kind);
    expect(parseAreaRef(formatAreaRef(ref))).toEqual(ref);
    if (known?.areas) expect(known.areas.has(formatAreaRef(ref)), formatAreaRef(ref)).toBe(true);
  }
  if (known && state.cluster !== null) expect(known.clusterIds.has(state.cluster)).toBe(true);
  if (state.presence !== null) {
    if (known) expect(known.presenceIds.has(state.presence)).toBe(true);
    expect(state.presence.startsWith(`${state.cluster}--`)).toBe(true);
  }
}
