import type {
  DataDrivenPropertyValueSpecification,
  CircleLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { BASE_COLORS, FONTS } from './palette';
import { perFeature, perFeatureRadius } from './per-feature';

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
    'text-padding': 4,
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
  ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6.2, 2, 7.4, 3]],
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

export const townLabels: Style<SymbolLayerSpecification> = {
  id: 'town-labels',
  type: 'symbol',
  filter: townFilter,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [...FONTS.regular],
    'text-size': ['interpolate', ['linear'], ['zoom'], 5, ['match', ['get', 'rank'], 1, 12, 11], 10, 14],
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': 0.55,
    'text-justify': 'auto',
    'symbol-sort-key': ['-', 0, ['get', 'population']],
  },
  paint: {
    'text-color': BASE_COLORS.townLabel,
    'text-halo-color': BASE_COLORS.halo,
    'text-halo-width': 1.4,
  },
};
