import { LATEST, parseAsOf } from '@/model/fact-date';
import { MAX_COMPARED_AREAS, type AreaRef } from '@/model/area';
import { REGION_CODES, SOURCE_MODES, type RegionCode } from '@/model/schema';
import { formatAreaRef, parseAreaRef } from '../area/area-ref';
import { REGION_NAMES } from '../filter/area-names';
import { FILTER_VALUES, type Filters } from '@/model/filters';
import { CAMERA_LIMITS } from './camera-precision';
import { canonicalList } from './canonical-list';
import {
  clusterOfPresence,
  DEFAULT_URL_STATE,
  ID_PATTERN,
  PARAMS,
  PRESENCE_ID_PATTERN,
  type Dropped,
  type UrlState,
} from './url-state';
import {
  AREA_LEVELS,
  COVERAGE_METRICS,
  LANGUAGES,
  RADII_KM,
  SIDE_PANELS,
  VIEWS,
  type SidePanelId,
} from '@/model/view';
import type { Camera } from '@/model/camera';

type Field = keyof typeof PARAMS;
const FIELD_BY_PARAM = new Map<string, Field>(
  Object.entries(PARAMS).map(([field, param]) => [param, field as Field]),
);

/** Links are read defensively: a hostile or mangled link is cut short, never a reason to hang. */
const MAX_SEARCH_LENGTH = 8_000;
const MAX_LIST_ITEMS = 100;
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const REGION_BY_SLUG = new Map<string, RegionCode>(
  REGION_CODES.flatMap((code) => [
    [REGION_NAMES[code].slug, code],
    [code, code],
  ]),
);

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const LIST_READERS: { [K in keyof Filters]: (raw: string) => Filters[K][number] | undefined } = {
  businessAreas: oneOf(FILTER_VALUES.businessAreas),
  clusters: (raw) => (raw.length <= 80 && ID_PATTERN.test(raw) ? raw : undefined),
  statuses: oneOf(FILTER_VALUES.statuses),
  regions: (raw) => REGION_BY_SLUG.get(raw),
  erhvervshus: oneOf(FILTER_VALUES.erhvervshus),
  tracks: oneOf(FILTER_VALUES.tracks),
  bases: oneOf(FILTER_VALUES.bases),
};

const NUMBER = /^-?\d{1,3}(?:\.\d{1,10})?$/;

function readCamera(raw: string): Camera | undefined {
  const parts = raw.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return undefined;
  const [longitude, latitude, zoom] = parts.map(Number) as [number, number, number];
  const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
  if (!within(longitude, CAMERA_LIMITS.longitude) || !within(latitude, CAMERA_LIMITS.latitude))
    return undefined;
  return within(zoom, CAMERA_LIMITS.zoom) ? { longitude, latitude, zoom } : undefined;
}

/** "details,filters": panels from the vocabulary, each once; anything else drops the parameter. */
function readFolded(raw: string): SidePanelId[] | undefined {
  const items = raw.split(',').map((item) => item.trim());
  if (!items.every((item) => (SIDE_PANELS as readonly string[]).includes(item))) return undefined;
  return SIDE_PANELS.filter((panel) => items.includes(panel));
}

const readFlag = (raw: string) =>
  raw === '' || raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined;

/**
 * Reads a query string into a complete, valid view state. Never throws: unknown parameters,
 * values outside the vocabularies and malformed numbers are left out and listed in `dropped`.
 * Ids are only checked for shape here; whether they exist is checked once the dataset has loaded
 * (validate-ids.ts). Values are case-insensitive; lists may be comma-separated or repeated.
 */
export function parseUrl(search: unknown): { state: UrlState; dropped: Dropped[] } {
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...DEFAULT_URL_STATE.filters }, compare: [] };
  const dropped: Dropped[] = [];
  if (typeof search !== 'string') return { state, dropped };
  const seen = new Set<Field>();
  const read = new Set<Field>();
  const lists: Partial<Record<keyof Filters, Set<string>>> = {};
  const params = new URLSearchParams(search.slice(0, MAX_SEARCH_LENGTH));

  for (const [param, rawValue] of params) {
    const field = FIELD_BY_PARAM.get(param);
    const value = rawValue.trim();
    const drop = () => dropped.push({ param: shown(param), value: shown(value) });
    if (!field) {
      drop();
      continue;
    }
    if (field === 'compare') {
      readCompare(state, value, (v) => dropped.push({ param: shown(param), value: shown(v) }));
      continue;
    }
    if (field in LIST_READERS) {
      const key = field as keyof Filters;
      const set = (lists[key] ??= new Set());
      for (const item of value.toLowerCase().split(',')) {
        if (!item.trim()) continue;
        const read = LIST_READERS[key](item.trim());
        if (read !== undefined && set.size < MAX_LIST_ITEMS) set.add(read);
        else dropped.push({ param: shown(param), value: shown(item.trim()) });
      }
      continue;
    }
    if (seen.has(field)) {
      drop();
      continue;
    }
    seen.add(field);
    if (readScalar(state, field, value)) read.add(field);
    else drop();
  }

  for (const [key, set] of Object.entries(lists) as [keyof Filters, Set<string>][]) {
    (state.filters as unknown as Record<string, string[]>)[key] = canonicalList(key, set);
  }
  // A date and a comparison are about every source; with the note alone they would silently do nothing.
  if (state.sources === 'note') {
    for (const field of ['asOf', 'since'] as const) {
      if (!read.has(field)) continue;
      dropped.push({ param: PARAMS[field], value: shown(String(state[field])) });
    }
    state.asOf = DEFAULT_URL_STATE.asOf;
    state.since = null;
  }
  // A table of nothing is not a view: the flag needs areas to show.
  if (state.compareOpen && !state.compare.length) {
    dropped.push({ param: PARAMS.compareOpen, value: '1' });
    state.compareOpen = false;
  }
  if (state.presence) {
    const owner = clusterOfPresence(state.presence);
    if (state.cluster && state.cluster !== owner)
      dropped.push({ param: PARAMS.cluster, value: state.cluster });
    state.cluster = owner;
  }
  return { state, dropped };
}

/** Up to four distinct areas, in the order given; repeats of the parameter add to the list. */
function readCompare(state: UrlState, value: string, drop: (value: string) => void) {
  for (const item of value.split(',')) {
    if (!item.trim()) continue;
    const ref = parseAreaRef(item);
    const known = ref && state.compare.some((r) => formatAreaRef(r) === formatAreaRef(ref));
    if (ref && !known && state.compare.length < MAX_COMPARED_AREAS) state.compare = [...state.compare, ref];
    else if (!known) drop(item.trim());
  }
}

const readRadius = (raw: string) => RADII_KM.find((r) => String(r) === raw);

function readScalar(state: UrlState, field: Field, raw: string): boolean {
  const value = field === 'cluster' || field === 'presence' || field === 'camera' ? raw : raw.toLowerCase();
  switch (field) {
    case 'lang':
      return set(oneOf(LANGUAGES)(value), (v) => (state.lang = v));
    case 'view':
      return set(oneOf(VIEWS)(value), (v) => (state.view = v));
    case 'coverageLevel':
      return set(oneOf(AREA_LEVELS)(value), (v) => (state.coverageLevel = v));
    case 'coverageMetric':
      return set(oneOf(COVERAGE_METRICS)(value), (v) => (state.coverageMetric = v));
    case 'includeAnnounced':
      return set(readFlag(value), (v) => (state.includeAnnounced = v));
    case 'coverageRadius':
      return set(readRadius(value), (v) => (state.coverageRadius = v));
    case 'reader':
      return set(readFlag(value), (v) => (state.reader = v));
    case 'sources':
      return set(oneOf(SOURCE_MODES)(value), (v) => (state.sources = v));
    case 'asOf':
      return set(parseAsOf(value), (v) => (state.asOf = v));
    case 'since': {
      const day = parseAsOf(value);
      return set(day === LATEST ? undefined : day, (v) => (state.since = v));
    }
    case 'folded':
      return set(readFolded(value), (v) => (state.folded = v));
    case 'compareOpen':
      return set(readFlag(value), (v) => (state.compareOpen = v));
    case 'area':
      return set(parseAreaRef(value) ?? undefined, (v: AreaRef) => (state.area = v));
    case 'embed':
      return set(readFlag(value), (v) => (state.embed = v));
    case 'camera':
      return set(readCamera(value), (v) => (state.camera = v));
    case 'cluster':
      return set(
        value.length <= 80 && ID_PATTERN.test(value) ? value : undefined,
        (v) => (state.cluster = v),
      );
    case 'presence':
      return set(
        value.length <= 160 && PRESENCE_ID_PATTERN.test(value) ? value : undefined,
        (v) => (state.presence = v),
      );
    default:
      return false;
  }
}

function set<T>(value: T | undefined, apply: (value: T) => void): boolean {
  if (value === undefined) return false;
  apply(value);
  return true;
}
