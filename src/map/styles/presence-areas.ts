import type { FillLayerSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { CHIP_HALO_ID } from '@/lib/presence/patterns';
import { FONTS } from './palette';
import { PRESENCE_COLORS } from './presence-palette';
import { CODE_ON_COLOUR } from './presence-points';

type Style<T> = Omit<T, 'source'>;

/** The source of the area shapes (areaShapes): every presence's areas, the filtered-out ones hidden. */
export const AREA_SOURCE = 'presence-areas';

/**
 * Feature state of an area shape that none of the filtered presences holds: it stays in the source
 * and is drawn at no opacity, so a filter change re-tiles none of the areas' geometry.
 */
export const AREA_HIDDEN_STATE = 'hidden';

const unlessHidden = (opacity: number) =>
  ['case', ['boolean', ['feature-state', AREA_HIDDEN_STATE], false], 0, opacity] as never;

/**
 * An area that holds area-level presences ("på Sjælland"), however many: one light tint and a soft
 * band just inside its edge, drawn once, so several clusters on one area stay one calm shape and the
 * towns and markers on it stay readable. Which clusters, and how sure, the chips say.
 */
export const areaTint: Style<FillLayerSpecification> = {
  id: 'presence-area-tint',
  type: 'fill',
  paint: {
    'fill-color': PRESENCE_COLORS.areaTint,
    'fill-opacity': ['interpolate', ['linear'], ['zoom'], 6, unlessHidden(0.09), 9, unlessHidden(0.05)],
    'fill-antialias': false,
  },
};

export const areaEdge: Style<LineLayerSpecification> = {
  id: 'presence-area-edge',
  type: 'line',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': PRESENCE_COLORS.areaTint,
    'line-opacity': unlessHidden(0.22),
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 9, 6],
    // Rings run clockwise (area-geometry.ts), so a positive offset lies inside the area.
    'line-offset': ['interpolate', ['linear'], ['zoom'], 5, 1.25, 9, 3],
  },
};

/** The selected presence's area, outlined in its business area's colour on a white casing. */
export function areaSelection(selectedId: string, color: string): Style<LineLayerSpecification>[] {
  const filter: LineLayerSpecification['filter'] = ['in', `,${selectedId},`, ['get', 'ids']];
  const width = (w: number) => ['interpolate', ['linear'], ['zoom'], 5, w * 0.6, 9, w] as never;
  return [
    {
      id: 'presence-area-selection-casing',
      type: 'line',
      filter,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PRESENCE_COLORS.paper, 'line-width': width(7), 'line-opacity': 0.95 },
    },
    {
      id: 'presence-area-selection',
      type: 'line',
      filter,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width(3) },
    },
  ];
}

/**
 * One chip per area-level presence, drawn like a marker but square: the chips of an area sit side
 * by side where they cover nothing else (area-features.ts). The chip holds its place in the
 * collision index; its code needs none of its own. White code on a dark solid chip, black
 * otherwise, as two layers with constant colours (one shader program each, see presence-points.ts).
 */
const chips = (id: string, color: string, light: boolean): Style<SymbolLayerSpecification> => ({
  id,
  type: 'symbol',
  filter: light ? CODE_ON_COLOUR : ['!', CODE_ON_COLOUR],
  layout: {
    'icon-image': ['get', 'image'],
    'icon-allow-overlap': true,
    'icon-padding': 0,
    'text-field': ['get', 'code'],
    'text-font': [...FONTS.medium],
    'text-size': 9.5,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': color },
});

export const areaChips = chips('presence-area-chip', '#000000', false);
export const areaChipsLight = chips('presence-area-chip-light', PRESENCE_COLORS.paper, true);

/** The selected chip's halo, under the chips. */
export const areaChipHalo = (selectedId: string): Style<SymbolLayerSpecification> => ({
  id: 'presence-area-chip-halo',
  type: 'symbol',
  filter: ['==', ['get', 'id'], selectedId],
  layout: { 'icon-image': CHIP_HALO_ID, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
});

export const AREA_HIT_LAYERS = { chips: [areaChips.id, areaChipsLight.id], tint: areaTint.id } as const;
