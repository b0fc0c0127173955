import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { PresenceStatus } from '@/model/schema';
import { FONTS } from './palette';
import { PRESENCE_COLORS } from './presence-palette';
import { perFeature } from './per-feature';
import { byStatus } from './presence-points';

type Style<T> = Omit<T, 'source'>;

const place: ExpressionSpecification = [
  'case',
  ['==', ['get', 'place'], ''],
  '',
  ['concat', ' · ', ['get', 'place']],
];

/**
 * The cluster's name in medium, what follows in regular weight. Not italics: a third font would cost
 * the first view another 50 kB of glyphs for a few words.
 */
const label = (rest: ExpressionSpecification): ExpressionSpecification => [
  'format',
  ['get', 'name'],
  { 'text-font': ['literal', [...FONTS.medium]] },
  rest,
  { 'text-font': ['literal', [...FONTS.regular]] },
];

/** Hatch strength and outline dashes (in line widths) per status: solid when established, dotted when considered. */
const AREA_STATUS: Record<PresenceStatus, { hatch: number; dash: [number, number] }> = {
  established: { hatch: 0.85, dash: [1, 0] },
  opening: { hatch: 0.75, dash: [4, 1] },
  'in-progress': { hatch: 0.65, dash: [2.5, 1.5] },
  planned: { hatch: 0.55, dash: [1.5, 1.5] },
  considering: { hatch: 0.45, dash: [0.6, 1.4] },
  closed: { hatch: 0.2, dash: [0.4, 1.6] },
};

const OUTLINE_WIDTH = 2;
/** The casing shows this much on each side of the outline: a dark edge for light colours. */
const CASING_EDGE = 0.75;
const CASING_WIDTH = OUTLINE_WIDTH + 2 * CASING_EDGE;

/** Thinner when zoomed out, where coastlines are busy. */
const width = (w: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 5, w * 0.6, 9, w];

/** Dashes are measured in line widths; the casing's are scaled so its dashes lie under the outline's. */
const dashes = (width: number) =>
  byStatus((s) => [
    'literal',
    AREA_STATUS[s].dash.map((d) => (d * OUTLINE_WIDTH) / width),
  ]) as unknown as DataDrivenPropertyValueSpecification<number[]>;

export const areaHatch: Style<FillLayerSpecification> = {
  id: 'presence-area-hatch',
  type: 'fill',
  paint: {
    // The outline layers draw the edge; an antialiased pattern edge would cost a shader program of its own.
    'fill-antialias': false,
    'fill-pattern': ['get', 'pattern'],
    // Up close the hatch covers a lot of land: it fades so towns and borders stay readable.
    'fill-opacity': [
      'interpolate',
      ['linear'],
      ['zoom'],
      6,
      byStatus((s) => AREA_STATUS[s].hatch),
      9,
      byStatus((s) => AREA_STATUS[s].hatch * 0.45),
    ],
  },
};

export const areaSelection: Style<LineLayerSpecification> = {
  id: 'presence-area-selection',
  type: 'line',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': PRESENCE_COLORS.paper,
    'line-width': width(CASING_WIDTH + 5),
    'line-opacity': 0.95,
  },
};

/** The outline, and under it a wider dark casing with the same dashes: a dark edge for light colours. */
const outline = (id: string, color: ExpressionSpecification | string, w: number, opacity: number) => ({
  id,
  type: 'line' as const,
  layout: { 'line-join': 'round' as const },
  paint: {
    'line-color': color,
    'line-width': width(w),
    'line-opacity': opacity,
    'line-dasharray': dashes(w),
  },
});

export const areaOutlineCasing: Style<LineLayerSpecification> = outline(
  'presence-area-outline-casing',
  // Per feature, so the casing shares the outline's shader program.
  perFeature(PRESENCE_COLORS.casing),
  CASING_WIDTH,
  0.85,
);
export const areaOutline: Style<LineLayerSpecification> = outline(
  'presence-area-outline',
  ['get', 'color'],
  OUTLINE_WIDTH,
  1,
);

/** "MARLOG · under etablering"; labels sharing an area stack 1.3 lines apart. */
export function areaLabels(status: (s: PresenceStatus) => string): Style<SymbolLayerSpecification> {
  return {
    id: 'presence-area-labels',
    type: 'symbol',
    layout: {
      // Zoomed out there is room for the names only; the status joins them from zoom 7.
      'text-field': ['step', ['zoom'], label(place), 7, label(['concat', ' · ', byStatus(status), place])],
      'text-font': [...FONTS.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10.5, 8, 12.5],
      'text-offset': [
        'interpolate',
        ['linear'],
        ['get', 'line'],
        -10,
        ['literal', [0, -13]],
        10,
        ['literal', [0, 13]],
      ],
      'text-allow-overlap': true,
      'text-max-width': 30,
    },
    paint: {
      'text-color': PRESENCE_COLORS.ink,
      // Constant halos keep these labels on the base map's text shader; the selected label is
      // drawn again on top with its highlight (areaLabelSelection).
      'text-halo-color': PRESENCE_COLORS.paper,
      'text-halo-width': 1.8,
    },
  };
}

/** The selected area's label once more, with a highlighted halo. */
export function areaLabelSelection(
  status: (s: PresenceStatus) => string,
  selectedId: string,
): Style<SymbolLayerSpecification> {
  const base = areaLabels(status);
  return {
    ...base,
    id: 'presence-area-label-selection',
    filter: ['==', ['get', 'id'], selectedId],
    paint: { ...base.paint, 'text-halo-color': '#ffe6a6', 'text-halo-width': 3 },
  };
}

export const AREA_HIT_LAYERS = { label: 'presence-area-labels', fill: areaHatch.id } as const;
