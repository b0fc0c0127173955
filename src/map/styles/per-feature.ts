import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A constant written as a per-feature value. MapLibre compiles one shader program per combination
 * of constant, zoom-driven and per-feature paint properties, and software WebGL spends 100–300 ms on
 * each before the first frame. Writing a layer's constants this way puts it on the program another
 * layer already needs. No feature has the property `shared`, so the value is always the constant.
 */
export const perFeature = (value: string | number | number[]): ExpressionSpecification =>
  [
    'coalesce',
    ['get', 'shared'],
    Array.isArray(value) ? ['literal', value] : value,
  ] as ExpressionSpecification;

/** A radius by zoom that is also per feature (see perFeature): the presence markers' circle program. */
export const perFeatureRadius = (...stops: [zoom: number, radius: number][]): ExpressionSpecification =>
  [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([z, r]) => [z, perFeature(r)]),
  ] as ExpressionSpecification;
