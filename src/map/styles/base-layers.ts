import type {
  DataDrivenPropertyValueSpecification,
  CircleLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { BASE_COLORS, FONTS } from './palette';
import { perFeature, perFeatureRadius } from './per-feature';
import type { FeatureCollection, Geometry } from 'geojson';
import { TOWN_RANK_STEPS } from '@/lib/presence/town-labels';

type Style<T> = Omit<T, 'source'>;

export const neighbourFill: Style<FillLayerSpecification> = {
  id: 'neighbour-fill',
  type: 'fill',
  paint: { 'fill-color': BASE_COLORS.neighbourLand, 'fill-outline-color': BASE_COLORS.neighbourEdge },
};

export const landFill: Style<FillLayerSpecification> = {
  id: 'land-fill',
  type: 'fill',
  paint: { 'fill-color': BASE_COLORS.land },
};

export const coastline: Style<LineLayerSpecification> = {
  id: 'coastline',
  type: 'line',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': BASE_COLORS.coast,
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 10, 1.2],
  },
};

export const municipalityBorders: Style<LineLayerSpecification> = {
  id: 'municipality-borders',
  type: 'line',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': BASE_COLORS.municipalityBorder,
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 8, 0.7, 11, 1.2],
  },
};

/** Region or erhvervshus borders: a light casing under a darker line keeps them readable over fills. */
export const adminBorderCasing: Style<LineLayerSpecification> = {
  id: 'admin-border-casing',
  type: 'line',
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    'line-color': BASE_COLORS.adminBorderCasing,
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 5],
    'line-opacity': 0.8,
  },
};

export const adminBorder: Style<LineLayerSpecification> = {
  id: 'admin-border',
  type: 'line',
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    // Per feature: the dashed area outlines' shader program (see perFeature).
    'line-color': perFeature(BASE_COLORS.adminBorder),
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2.2],
    'line-dasharray': perFeature([3, 1.5]) as DataDrivenPropertyValueSpecification<number[]>,
  },
};

export const regionLabels: Style<SymbolLayerSpecification> = {
  id: 'region-labels',
  type: 'symbol',
  filter: ['==', ['get', 'kind'], 'region'],
  maxzoom: 8.5,
  layout: {
    'text-field': ['upcase', ['get', 'name']],
    'text-font': [...FONTS.medium],
    'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 8, 13],
    'text-letter-spacing': 0.12,
    'text-max-width': 8,
    'text-padding': 2,
    // The name may give way to markers by moving a line down or up rather than vanish at once.
    'text-variable-anchor': ['center', 'top', 'bottom'],
    'text-radial-offset': 1,
    'symbol-sort-key': 0,
  },
  paint: {
    'text-color': BASE_COLORS.regionLabel,
    'text-halo-color': BASE_COLORS.halo,
    'text-halo-width': 1.6,
    'text-opacity': ['interpolate', ['linear'], ['zoom'], 7.5, 1, 8.5, 0],
  },
};

const townFilter: FillLayerSpecification['filter'] = [
  'all',
  ['==', ['get', 'kind'], 'town'],
  ['<=', ['get', 'rank'], ['step', ['zoom'], 1, ...TOWN_RANK_STEPS.flat()]],
];

export const townDots: Style<CircleLayerSpecification> = {
  id: 'town-dots',
  type: 'circle',
  filter: townFilter,
  paint: {
    // Per feature: the presence markers' circle program (see perFeature).
    'circle-radius': perFeatureRadius([5, 1.8], [10, 3.2]),
    'circle-color': perFeature(BASE_COLORS.townDot),
    'circle-opacity': perFeature(1),
    'circle-stroke-color': perFeature(BASE_COLORS.halo),
    'circle-stroke-width': perFeature(1),
  },
};

/** Town names' size: [zoom, px for rank 1, px for the rest], linear between. */
const TOWN_SIZE = [
  [5, 12, 11],
  [10, 14, 14],
] as const;
/** A town's name sits this far from its dot (em). */
const TOWN_OFFSET = 0.55;

function townSize(zoom: number, rank: number): number {
  const [[z0, a0, b0], [z1, a1, b1]] = TOWN_SIZE;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  const [from, to] = rank === 1 ? [a0, a1] : [b0, b1];
  return from + t * (to - from);
}

/** The property of a town-label feature that holds its name's distance from the dot (em), if not TOWN_OFFSET. */
export const TOWN_OFFSET_PROPERTY = 'offset';

/**
 * How far out the names of towns with markers on or around them must move to clear those at this
 * zoom (`clearances`, townClearances): [name, em, name, em, …], flat so that memoLast sees an
 * unchanged list as unchanged. Rounded to 0.01 em, well under a pixel.
 */
export function townOffsets(
  clearances: readonly (readonly [name: string, px: number])[],
  zoom: number,
  ranks: ReadonlyMap<string, number>,
): (string | number)[] {
  return clearances.flatMap(([name, px]) => [
    name,
    Math.round(((px + 3) / townSize(zoom, ranks.get(name) ?? 3)) * 100) / 100,
  ]);
}

/**
 * The town-label source's data: the base map's towns, those named in `offsets` (townOffsets) with
 * their distance in TOWN_OFFSET_PROPERTY. Data, not a style expression: a filter change then
 * re-lays out only the town names, once their data reaches MapLibre's worker, instead of changing
 * the style, which redraws the map at once (a frame that shows nothing new) and re-lays out every
 * label of the source.
 */
export function townLabelData<G extends Geometry, P extends { kind: string; name: string }>(
  labels: FeatureCollection<G, P>,
  offsets: readonly (string | number)[],
): FeatureCollection<G, P & { [TOWN_OFFSET_PROPERTY]?: number }> {
  const away = new Map<unknown, unknown>();
  for (let i = 0; i < offsets.length; i += 2) away.set(offsets[i], offsets[i + 1]);
  return {
    type: 'FeatureCollection',
    features: labels.features.flatMap((f) => {
      if (f.properties.kind !== 'town') return [];
      const offset = away.get(f.properties.name);
      if (typeof offset !== 'number') return [f];
      return [{ ...f, properties: { ...f.properties, [TOWN_OFFSET_PROPERTY]: offset } }];
    }),
  };
}

/** Town names beside their dots, as far out as townLabelData says. */
export const townLabels: Style<SymbolLayerSpecification> = {
  id: 'town-labels',
  type: 'symbol',
  filter: townFilter,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [...FONTS.regular],
    'text-size': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...TOWN_SIZE.flatMap(([z, first, rest]) => [
        z,
        first === rest ? first : ['match', ['get', 'rank'], 1, first, rest],
      ]),
    ] as never,
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': ['coalesce', ['get', TOWN_OFFSET_PROPERTY], TOWN_OFFSET],
    'text-justify': 'auto',
    'symbol-sort-key': ['-', 0, ['get', 'population']],
  },
  paint: {
    'text-color': BASE_COLORS.townLabel,
    'text-halo-color': BASE_COLORS.halo,
    'text-halo-width': 1.4,
  },
};
