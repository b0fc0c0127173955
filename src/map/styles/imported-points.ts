import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { BUSINESS_AREA_IDS, type BusinessAreaId } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { readableTextColor } from '@/lib/palette/readable-text';
import { AGGREGATE_IMAGE_PREFIX, AGGREGATE_SIZES, AGGREGATE_STEPS } from '@/lib/presence/aggregate-image';
import { CASING_WIDTH, markerColor } from '@/lib/presence/marker-style';
import { USER_BADGE_ID } from '@/lib/presence/patterns';
import { MAX_ZOOM } from '../camera';
import { SLOTS } from './base-style';
import { FONTS } from './palette';
import {
  areaCountSlot,
  COUNT_WORDS,
  countWordProperty,
  IMPORTED_LAYER_IDS,
  OWN_COUNT_SLOT,
} from './imported-ids';
import { countSlot, MAX_PACKED_COUNT } from '@/lib/presence/packed-counts';
import * as marker from './presence-points';

type Style<T> = Omit<T, 'source'>;

/** What one point adds to packed word `word`: its business area's slot and its own slot, if in it. */
function pointWord(word: number): ExpressionSpecification {
  const areas = BUSINESS_AREA_IDS.flatMap((area) => {
    const slot = countSlot(areaCountSlot(area));
    return slot.word === word ? [area, slot.scale] : [];
  });
  const own = countSlot(OWN_COUNT_SLOT);
  const parts: unknown[] = [];
  if (areas.length) parts.push(['match', ['get', 'businessAreaId'], ...areas, 0]);
  if (own.word === word) parts.push(['case', ['get', 'user'], own.scale, 0]);
  return (parts.length === 1 ? parts[0] : ['+', ...parts]) as ExpressionSpecification;
}

/** An aggregate's count in one slot, as a style expression (aggregateCount in imported-ids.ts). */
const countExpression = (slotIndex: number): ExpressionSpecification => {
  const { word, scale } = countSlot(slotIndex);
  return ['%', ['floor', ['/', ['get', countWordProperty(word)], scale]], MAX_PACKED_COUNT + 1];
};

/**
 * The clustered GeoJSON source's options: points closer than CLUSTER_RADIUS pixels are aggregated at
 * every zoom the map reaches, so members in one town stay one counted aggregate even fully zoomed in;
 * each aggregate counts its presences per business area, which colour its ring, and the analyst's own
 * among them, which its tooltip names as such: packed three to a property (packed-counts.ts).
 */
export const IMPORTED_SOURCE_OPTIONS = {
  cluster: true,
  clusterRadius: 56,
  clusterMaxZoom: MAX_ZOOM,
  clusterProperties: Object.fromEntries(
    Array.from({ length: COUNT_WORDS }, (_, word) => [countWordProperty(word), ['+', pointWord(word)]]),
  ) as Record<string, [unknown, unknown]>,
};

const isAggregate: ExpressionSpecification = ['has', 'point_count'];
const count = ['get', 'point_count'] as ExpressionSpecification;

/** A value per aggregate size (AGGREGATE_SIZES), stepping on the count. */
const bySize = <T>(value: (size: (typeof AGGREGATE_SIZES)[number], index: number) => T) =>
  [
    'step',
    count,
    value(AGGREGATE_SIZES[0], 0),
    ...AGGREGATE_SIZES.slice(0, -1).flatMap((s, i) => [
      s.below,
      value(AGGREGATE_SIZES[i + 1] as (typeof AGGREGATE_SIZES)[number], i + 1),
    ]),
  ] as unknown as ExpressionSpecification;

/** The ring's picture, named by its size and each area's share (src/lib/presence/aggregate-image.ts). */
const pictureId = [
  'concat',
  AGGREGATE_IMAGE_PREFIX,
  bySize((_, i) => i),
  ':',
  ...BUSINESS_AREA_IDS.flatMap((area, i) => [
    ...(i ? ['.'] : []),
    ['round', ['/', ['*', AGGREGATE_STEPS, countExpression(areaCountSlot(area))], count]],
  ]),
] as unknown as ExpressionSpecification;

export const aggregateRing: Style<SymbolLayerSpecification> = {
  id: IMPORTED_LAYER_IDS.aggregate,
  type: 'symbol',
  filter: isAggregate,
  layout: {
    'icon-image': pictureId,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    'symbol-sort-key': count,
  },
};

/** The count in the white disc, in the reader's number format ("1.234" or "1,234"). */
export const aggregateCount = (locale: string): Style<SymbolLayerSpecification> => ({
  id: 'imported-aggregate-count',
  type: 'symbol',
  filter: isAggregate,
  layout: {
    'text-field': ['number-format', count, { locale }],
    'text-font': [...FONTS.medium],
    'text-size': bySize((s) => (s.radius < 15 ? 10 : s.radius < 21 ? 11 : 12)),
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': '#1c2a33' },
});

/** The "+" of the analyst's own data (some of it is), on the ring's upper right edge as on a single marker. */
export const aggregateBadge: Style<SymbolLayerSpecification> = {
  id: 'imported-aggregate-badge',
  type: 'symbol',
  filter: ['all', isAggregate, ['>', countExpression(OWN_COUNT_SLOT), 0]],
  layout: {
    'icon-image': USER_BADGE_ID,
    'icon-offset': bySize((s) => {
      const d = (s.radius + CASING_WIDTH / 2) * Math.SQRT1_2;
      return ['literal', [d, -d]];
    }) as unknown as DataDrivenPropertyValueSpecification<[number, number]>,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
};

/** The marker's per-feature colour, code and code colour, read from the business area and status (see AggregatedPointProps). */
const byArea = (value: (area: BusinessAreaId) => string) => [
  'match',
  ['get', 'businessAreaId'],
  ...BUSINESS_AREA_IDS.flatMap((area) => [area, value(area)]),
  '#000000',
];
/** The marker's colour as the note's markers get it (markerColor: the area's, grey once closed), then `value` of it. */
const byShownColor = (value: (color: string) => string) =>
  marker.byStatus((status) => byArea((area) => value(markerColor(BUSINESS_AREA_STYLE[area].color, status))));
const FROM_AREA: Record<string, unknown> = {
  color: byShownColor((color) => color),
  code: byArea((area) => BUSINESS_AREA_STYLE[area].code),
  textColor: byShownColor(readableTextColor),
};

/** A style value with every ['get', 'color' | 'code' | 'textColor'] read from the business area instead. */
function fromArea<T>(value: T): T {
  if (Array.isArray(value)) {
    const [op, key] = value;
    if (op === 'get' && typeof key === 'string' && key in FROM_AREA) return FROM_AREA[key] as T;
    return value.map(fromArea) as T;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromArea(v)])) as T;
  return value;
}

/**
 * A single imported presence: the note's marker with the "+" badge, from the same style constants,
 * its colours and code read from the business area.
 */
function single<T extends Style<CircleLayerSpecification> | Style<SymbolLayerSpecification>>(
  layer: T,
  id: string,
): T {
  const own: ExpressionSpecification = ['!', isAggregate];
  const filter = layer.filter ? (['all', own, fromArea(layer.filter)] as FilterSpecification) : own;
  return { ...fromArea(layer), id, filter };
}

export const importedUnderlay = single(marker.presenceUnderlay, 'imported-underlay');
export const importedBody = single(marker.presenceBody, IMPORTED_LAYER_IDS.point);
export const importedCode = single(marker.presenceCode, 'imported-code');
export const importedCodeOnColour = single(marker.presenceCodeOnColour, 'imported-code-light');
export const importedClosedStrike = single(marker.presenceClosedStrike, 'imported-closed-strike');
export const importedBadge = single(marker.presenceUserBadge, 'imported-badge');

/** The note's markers stay on top: every imported layer goes under its slot, which lies under them. */
export const IMPORTED_BEFORE = SLOTS.imported;
