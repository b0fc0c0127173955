import type { StyleSpecification } from 'maplibre-gl';
import { BASE_COLORS } from './palette';

/** Glyphs are served from the app's own origin; MapLibre needs an absolute URL template. */
const glyphsUrl = () =>
  `${globalThis.location?.origin ?? ''}${import.meta.env.BASE_URL}fonts/{fontstack}/{range}.pbf`;

/** The style holds only the sea; every other layer is a declarative <Source>/<Layer> in src/map/layers. */
export const createBaseStyle = (): StyleSpecification => ({
  version: 8,
  name: 'Klyngekort base',
  glyphs: glyphsUrl(),
  sources: {},
  layers: [{ id: 'sea', type: 'background', paint: { 'background-color': BASE_COLORS.sea } }],
});
