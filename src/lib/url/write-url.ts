import { MAX_COMPARED_AREAS } from '@/model/area';
import { RADII_KM, SIDE_PANELS } from '@/model/view';
import { formatAreaRef, parseAreaRef } from '../area/area-ref';
import { REGION_NAMES } from '../filter/area-names';
import { FILTER_KEYS, type Filters } from '@/model/filters';
import { roundCamera } from './camera-precision';
import { canonicalList } from './canonical-list';
import { parseAsOf } from '@/model/fact-date';
import { DEFAULT_URL_STATE, ID_PATTERN, PARAMS, PRESENCE_ID_PATTERN, type UrlState } from './url-state';

/** An area only when it reads back as the same area. */
const areaValue = (ref: UrlState['area']) => {
  const text = ref && formatAreaRef(ref);
  return text && parseAreaRef(text) ? text : null;
};

const listValue = (key: keyof Filters, values: readonly string[]) => {
  const canonical = canonicalList(
    key,
    key === 'clusters' ? values.filter((v) => ID_PATTERN.test(v)) : values,
  );
  return key === 'regions'
    ? canonical.map((code) => REGION_NAMES[code as keyof typeof REGION_NAMES].slug)
    : canonical;
};

/**
 * Writes a view state as a query string ("" for the default view): defaults left out, parameters
 * in alphabetical order, list values in a fixed order, the camera rounded. The same view always
 * gives the same string, so links compare and history entries are not duplicated.
 */
export function writeUrl(state: UrlState): string {
  const pairs: [string, string][] = [];
  const add = (param: string, value: string | null | undefined) => {
    if (value) pairs.push([param, value]);
  };
  for (const key of FILTER_KEYS) add(PARAMS[key], listValue(key, state.filters[key]).join(','));
  add(PARAMS.lang, state.lang);
  if (state.view !== DEFAULT_URL_STATE.view) add(PARAMS.view, state.view);
  if (state.presence && PRESENCE_ID_PATTERN.test(state.presence)) add(PARAMS.presence, state.presence);
  else if (state.cluster && ID_PATTERN.test(state.cluster)) add(PARAMS.cluster, state.cluster);
  const camera = state.camera && roundCamera(state.camera);
  if (camera && [camera.longitude, camera.latitude, camera.zoom].every(Number.isFinite)) {
    add(PARAMS.camera, `${camera.longitude},${camera.latitude},${camera.zoom}`);
  }
  if (state.coverageLevel !== DEFAULT_URL_STATE.coverageLevel) add(PARAMS.coverageLevel, state.coverageLevel);
  if (state.coverageMetric !== DEFAULT_URL_STATE.coverageMetric)
    add(PARAMS.coverageMetric, state.coverageMetric);
  if (state.includeAnnounced) add(PARAMS.includeAnnounced, '1');
  if (state.coverageRadius !== DEFAULT_URL_STATE.coverageRadius && RADII_KM.includes(state.coverageRadius))
    add(PARAMS.coverageRadius, String(state.coverageRadius));
  if (state.reader) add(PARAMS.reader, '1');
  // The date and the comparison belong to every source; the note alone has its own date.
  if (state.sources !== DEFAULT_URL_STATE.sources) {
    add(PARAMS.sources, state.sources);
    if (state.asOf !== DEFAULT_URL_STATE.asOf && parseAsOf(state.asOf)) add(PARAMS.asOf, state.asOf);
    if (state.since && parseAsOf(state.since)) add(PARAMS.since, state.since);
  }
  add(PARAMS.folded, SIDE_PANELS.filter((p) => state.folded.includes(p)).join(','));
  add(PARAMS.area, areaValue(state.area));
  const compare = [...new Set(state.compare.map(areaValue).filter((v) => v !== null))];
  add(PARAMS.compare, compare.slice(0, MAX_COMPARED_AREAS).join(','));
  if (state.compareOpen && compare.length) add(PARAMS.compareOpen, '1');
  if (state.embed) add(PARAMS.embed, '1');
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Values are slugs, digits, dots and commas: nothing to escape, and commas stay readable.
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
}
