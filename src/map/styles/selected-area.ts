import type { LineLayerSpecification } from 'maplibre-gl';
import { SLOTS } from './base-style';
import { BASE_COLORS } from './palette';

type Style<T> = Omit<T, 'source'>;

/** Under the base map's labels; the presence layers are added above those. */
export const SELECTED_AREA_BEFORE_ID = SLOTS.areas;

/** The brand's dark teal: the selected area reads as chosen over every fill, with a light casing. */
export const SELECTED_AREA_COLOR = '#1f4e5f';

// The same paint properties as the admin border casing and the coastline, so they share their
// shader programs (software WebGL compiles each in 100–300 ms).
export const selectedAreaCasing: Style<LineLayerSpecification> = {
  id: 'selected-area-casing',
  type: 'line',
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    'line-color': BASE_COLORS.adminBorderCasing,
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 5, 10, 8],
    'line-opacity': 0.9,
  },
};

export const selectedAreaLine: Style<LineLayerSpecification> = {
  id: 'selected-area-line',
  type: 'line',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': SELECTED_AREA_COLOR,
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 4],
  },
};
