import type { StyleSpecification } from 'maplibre-gl';
import { BASE_COLORS } from './palette';

/** Glyphs are served from the app's own origin; MapLibre needs an absolute URL template. */
const glyphsUrl = () =>
  `${globalThis.location?.origin ?? ''}${import.meta.env.BASE_URL}fonts/{fontstack}/{range}.pbf`;

/**
 * Empty layers that fix the drawing order, bottom to top. Each group of layers is added just under its
 * slot (`beforeId`), so the order holds whichever group React mounts first: the base map arrives by
 * fetch and may come after the presences, and a `beforeId` naming a layer not yet added throws.
 * The note's presence markers and labels take no slot: they go on top of everything.
 */
export const SLOTS = {
  /** Neighbouring and Danish land. */
  land: 'slot-land',
  /** The coverage view's fills, over the land and under every border. */
  coverage: 'slot-coverage',
  /** Municipality, region and erhvervshus borders and the coastline. */
  borders: 'slot-borders',
  /** Area-level presences and the selected area's outline, under the base map's labels. */
  areas: 'slot-areas',
  /** Region and town names and town dots. */
  labels: 'slot-labels',
  /** The analyst's imported town presences and their aggregates, under the note's markers. */
  imported: 'slot-imported',
} as const;

/** The style holds only the sea and the slots; every other layer is a declarative <Source>/<Layer> in src/map/layers. */
export const createBaseStyle = (): StyleSpecification => ({
  version: 8,
  name: 'Klyngekort base',
  glyphs: glyphsUrl(),
  sources: {},
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': BASE_COLORS.sea } },
    ...Object.values(SLOTS).map((id) => ({
      id,
      type: 'background' as const,
      layout: { visibility: 'none' as const },
    })),
  ],
});
