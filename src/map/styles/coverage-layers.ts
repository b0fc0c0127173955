import { SLOTS } from './base-style';
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { AREA_LEVEL_PATTERN, WHITE_SPOT_PATTERN } from '@/lib/coverage/patterns';

type Style<T> = Omit<T, 'source'>;

/**
 * Sequential ColorBrewer schemes, both safe for colour-blind readers and in greyscale: more clusters
 * present is darker blue (YlGnBu), farther from the nearest presence is darker brown (YlOrBr). Class 0
 * of the counts is not on the scale: white spots get the grey hatch.
 */
export const COUNT_COLORS = ['#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const DISTANCE_COLORS = ['#fee391', '#fec44f', '#ec7014', '#993404'] as const;
/** Share of residents beyond D km (PuRd): nobody beyond is the palest, more than half the darkest. */
export const BEYOND_COLORS = ['#f1eef6', '#d7b5d8', '#df65b0', '#dd1c77', '#980043'] as const;

/** Features carry `cls`: the class index, or -1 for "nothing present / nothing to measure to". */
// The style spec's tuple type cannot express a spread of (class, colour) pairs, hence the cast.
const classColor = (colors: readonly string[], offset: number): ExpressionSpecification =>
  [
    'match',
    ['get', 'cls'],
    ...colors.flatMap((color, i) => [i + offset, color]),
    'rgba(0,0,0,0)',
  ] as unknown as ExpressionSpecification;

export const COVERAGE_FILL_ID = 'coverage-fill';
export const COVERAGE_BLANK_ID = 'coverage-blank';

const hasClass: FillLayerSpecification['filter'] = ['>=', ['get', 'cls'], 0];

export const countFill: Style<FillLayerSpecification> = {
  id: COVERAGE_FILL_ID,
  type: 'fill',
  filter: ['>', ['get', 'cls'], 0],
  paint: { 'fill-color': classColor(COUNT_COLORS, 1), 'fill-opacity': 0.88 },
};

export const distanceFill: Style<FillLayerSpecification> = {
  id: COVERAGE_FILL_ID,
  type: 'fill',
  filter: hasClass,
  paint: { 'fill-color': classColor(DISTANCE_COLORS, 0), 'fill-opacity': 0.88 },
};

export const beyondFill: Style<FillLayerSpecification> = {
  id: COVERAGE_FILL_ID,
  type: 'fill',
  filter: hasClass,
  paint: { 'fill-color': classColor(BEYOND_COLORS, 0), 'fill-opacity': 0.88 },
};

export const METRIC_FILL = { clusters: countFill, distance: distanceFill, residents: beyondFill } as const;

/** White spots: no counted presence (counts), no presence to measure to (distance), no residents. */
export const blankFill = (metric: keyof typeof METRIC_FILL): Style<FillLayerSpecification> => ({
  id: COVERAGE_BLANK_ID,
  type: 'fill',
  filter: metric === 'clusters' ? ['==', ['get', 'cls'], 0] : ['<', ['get', 'cls'], 0],
  paint: { 'fill-pattern': WHITE_SPOT_PATTERN },
});

export const areaLevelFill: Style<FillLayerSpecification> = {
  id: 'coverage-area-level',
  type: 'fill',
  filter: ['==', ['get', 'areaLevel'], true],
  paint: { 'fill-pattern': AREA_LEVEL_PATTERN },
};

/** The counted areas' own outline, so erhvervshus areas read as units even when region borders are shown. */
export const areaOutline: Style<LineLayerSpecification> = {
  id: 'coverage-outline',
  type: 'line',
  layout: { 'line-join': 'round' },
  paint: { 'line-color': '#3b464d', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.4] },
};

export const hoverOutline = (code: string | null): Style<LineLayerSpecification> => ({
  id: 'coverage-hover',
  type: 'line',
  filter: ['==', ['get', 'code'], code ?? ''],
  layout: { 'line-join': 'round' },
  paint: { 'line-color': '#1c2a33', 'line-width': 3 },
});

/** Under the base map's borders and labels, so they stay on top of the fills. */
export const COVERAGE_BEFORE_ID = SLOTS.coverage;
