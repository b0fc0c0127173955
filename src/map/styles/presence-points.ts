import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { PRESENCE_STATUSES, type PresenceStatus } from '@/model/schema';
import {
  CASING_WIDTH,
  DIFF_RING,
  INFERRED_HALO,
  INFERRED_RING_RADIUS,
  MARKER_RADIUS_STOPS,
  STACK_RADIUS,
  stackRadius,
  STATUS_MARKER,
  SOURCE_BADGE_RADIUS,
  sourceBadgeOffset,
  USER_BADGE_RADIUS,
  userBadgeOffset,
  CLOSED_STRIKE_RADIUS,
} from '@/lib/presence/marker-style';
import {
  CLOSED_STRIKE_ID,
  FOOTPRINT_ID,
  INFERRED_RING_ID,
  SOURCE_BADGE_ID,
  USER_BADGE_ID,
} from '@/lib/presence/patterns';
import { FONTS } from './palette';
import { perFeature, perFeatureRadius } from './per-feature';
import { PRESENCE_COLORS } from './presence-palette';

type Style<T> = Omit<T, 'source'>;

/** A value per status, as a `match` on the feature's status. */
export function byStatus(value: (s: PresenceStatus) => unknown): ExpressionSpecification {
  const arms = PRESENCE_STATUSES.flatMap((s) => [s, value(s)]);
  return ['match', ['get', 'status'], ...arms, value('established')] as unknown as ExpressionSpecification;
}

const ring = byStatus((s) => STATUS_MARKER[s].ring);

/** The marker radius by zoom plus `extra` (a number or a per-feature expression), in pixels. */
const radius = (extra: number | ExpressionSpecification = 0): ExpressionSpecification =>
  [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...MARKER_RADIUS_STOPS.flatMap(([zoom, r]) => [
      zoom,
      typeof extra === 'number' ? r + extra : ['+', r, extra],
    ]),
  ] as unknown as ExpressionSpecification;

const established: ExpressionSpecification = ['==', ['get', 'status'], 'established'];

export const presenceLegs: Style<LineLayerSpecification> = {
  id: 'presence-legs',
  type: 'line',
  filter: ['==', ['geometry-type'], 'LineString'],
  paint: { 'line-color': PRESENCE_COLORS.leg, 'line-width': 1.2, 'line-opacity': 0.85 },
};

export const presenceAnchors: Style<CircleLayerSpecification> = {
  id: 'presence-anchors',
  type: 'circle',
  filter: ['==', ['geometry-type'], 'Point'],
  paint: {
    // Per feature, like the markers: one circle program for both (see perFeature).
    'circle-radius': perFeatureRadius([5, 2.5], [10, 2.5]),
    'circle-color': perFeature(PRESENCE_COLORS.leg),
    'circle-opacity': perFeature(1),
    'circle-stroke-color': perFeature(PRESENCE_COLORS.paper),
    'circle-stroke-width': perFeature(1),
  },
};

/** A white band and a dark ring around the marker: stands out from every business-area colour. */
const halo = (id: string, color: string, width: number): Style<CircleLayerSpecification> => ({
  id,
  type: 'circle',
  paint: {
    'circle-radius': radius(['+', ring, CASING_WIDTH + 2.5] as ExpressionSpecification),
    'circle-color': perFeature(PRESENCE_COLORS.paper),
    'circle-opacity': perFeature(1),
    'circle-stroke-color': perFeature(color),
    'circle-stroke-width': perFeature(width),
  },
});

export const presenceClusterHalo = halo('presence-cluster-halo', PRESENCE_COLORS.clusterHalo, 2);

/** While "what changed" is open: a ring round a presence new since the earlier date, or closed since. */
const diffRing = (id: string, color: string): Style<CircleLayerSpecification> => ({
  id,
  type: 'circle',
  paint: {
    'circle-radius': radius(['+', ring, CASING_WIDTH + 4] as ExpressionSpecification),
    'circle-opacity': 0,
    'circle-stroke-color': color,
    'circle-stroke-width': 2.5,
  },
});

export const presenceDiffNew = diffRing('presence-diff-new', DIFF_RING.new);
export const presenceDiffGone = diffRing('presence-diff-gone', DIFF_RING.gone);
export const presenceSelection = halo('presence-selection', PRESENCE_COLORS.selection, 3.5);

export const presenceInferredRing: Style<SymbolLayerSpecification> = {
  id: 'presence-inferred-ring',
  type: 'symbol',
  filter: ['==', ['get', 'inferred'], true],
  layout: {
    'icon-image': INFERRED_RING_ID,
    'icon-size': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...MARKER_RADIUS_STOPS.flatMap(([zoom, r]) => [
        zoom,
        (r + CASING_WIDTH + INFERRED_HALO - 1.5) / INFERRED_RING_RADIUS,
      ]),
    ] as unknown as DataDrivenPropertyValueSpecification<number>,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
};

/** White under the marker, with the dark casing that keeps light colours at 3:1 against the land. */
export const presenceUnderlay: Style<CircleLayerSpecification> = {
  id: 'presence-underlay',
  type: 'circle',
  paint: {
    'circle-radius': radius(ring),
    'circle-color': perFeature(PRESENCE_COLORS.paper),
    'circle-opacity': perFeature(1),
    'circle-stroke-color': perFeature(PRESENCE_COLORS.casing),
    'circle-stroke-width': perFeature(CASING_WIDTH),
  },
};

/** The marker: business-area colour, fading with the status, hollow for plans and considerations. */
export const presenceBody: Style<CircleLayerSpecification> = {
  id: 'presence-body',
  type: 'circle',
  paint: {
    // Per feature like the underlay's radius (always + 0), so both share one shader program.
    'circle-radius': radius(perFeature(0)),
    'circle-color': ['get', 'color'],
    'circle-opacity': byStatus((s) => STATUS_MARKER[s].fillOpacity),
    'circle-stroke-color': ['get', 'color'],
    'circle-stroke-width': ring,
  },
};

/** The code's text size by zoom: [zoom, px] stops, the markers' own. */
const CODE_SIZE = [
  [MARKER_RADIUS_STOPS[0][0], 8.5],
  [MARKER_RADIUS_STOPS[1][0], 11],
] as const;

/**
 * How far a marker reaches past its centre at the two zoom stops, per feature: what its invisible
 * footprint icon pads itself to in MapLibre's collision index (marker-style.ts's markerFootprint).
 */
const footprint = [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...MARKER_RADIUS_STOPS.flatMap(([zoom, r]) => [
    zoom,
    [
      '+',
      r + CASING_WIDTH,
      ring,
      [
        'max',
        ['case', ['get', 'inferred'], INFERRED_HALO, 0],
        ['case', ['get', 'user'], USER_BADGE_RADIUS / 2, 0],
        ['case', ['get', 'otherSource'], SOURCE_BADGE_RADIUS / 2, 0],
      ],
    ],
  ]),
] as unknown as DataDrivenPropertyValueSpecification<number>;

/**
 * The business area's two-letter code: the cue that does not depend on seeing colour. White on dark
 * filled markers, black otherwise (4.5:1 on every business-area colour and on white) — as two layers with constant colours rather than one data-driven
 * colour, because every data-driven variant is one more shader program to compile, and a software
 * renderer spends a few hundred milliseconds on each before the first frame.
 */
/** Where the code is white: on a solid (established) marker or chip of a dark colour. */
export const CODE_ON_COLOUR: ExpressionSpecification = [
  'all',
  established,
  ['==', ['get', 'textColor'], PRESENCE_COLORS.paper],
];

const code = (id: string, color: string, onWhite: boolean): Style<SymbolLayerSpecification> => {
  return {
    id,
    type: 'symbol',
    filter: onWhite ? CODE_ON_COLOUR : ['!', CODE_ON_COLOUR],
    layout: {
      'text-field': ['get', 'code'],
      'text-font': [...FONTS.medium],
      'text-size': ['interpolate', ['linear'], ['zoom'], ...CODE_SIZE.flat()],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      // Always drawn, and it holds the marker's place in MapLibre's collision index: an invisible
      // point padded to the marker's footprint, so no label is placed under a marker.
      'icon-image': FOOTPRINT_ID,
      'icon-allow-overlap': true,
      'icon-padding': footprint,
    },
    paint: { 'text-color': color },
  };
};

export const presenceCode = code('presence-code', '#000000', false);
export const presenceCodeOnColour = code('presence-code-light', PRESENCE_COLORS.paper, true);

/** A small icon on the marker's edge, where `offset` puts it for a marker of radius r and a status. */
const badge = (
  id: string,
  flag: 'user' | 'otherSource',
  image: string,
  offset: (r: number, s: PresenceStatus) => [number, number],
): Style<SymbolLayerSpecification> => ({
  id,
  type: 'symbol',
  filter: ['==', ['get', flag], true],
  layout: {
    'icon-image': image,
    'icon-offset': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...MARKER_RADIUS_STOPS.flatMap(([zoom, r]) => [zoom, byStatus((s) => ['literal', offset(r, s)])]),
    ] as unknown as DataDrivenPropertyValueSpecification<[number, number]>,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
});

/** "+" on the marker's upper right edge: a presence the analyst imported, not one the note names. */
export const presenceUserBadge = badge('presence-user-badge', 'user', USER_BADGE_ID, userBadgeOffset);

/** The ringed dot on the marker's lower right edge: the statement shown is another source's, not the note's. */
export const presenceSourceBadge = badge(
  'presence-source-badge',
  'otherSource',
  SOURCE_BADGE_ID,
  sourceBadgeOffset,
);

/** A bar across a closed presence: greyed (marker-style.ts) and struck through. */
export const presenceClosedStrike: Style<SymbolLayerSpecification> = {
  id: 'presence-closed-strike',
  type: 'symbol',
  filter: ['==', ['get', 'status'], 'closed'],
  layout: {
    'icon-image': CLOSED_STRIKE_ID,
    'icon-size': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...MARKER_RADIUS_STOPS.flatMap(([zoom, r]) => [zoom, (r + CASING_WIDTH) / CLOSED_STRIKE_RADIUS]),
    ] as unknown as DataDrivenPropertyValueSpecification<number>,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
};

/**
 * A town drawn as one stack (too many presences for a ring here): the disc with a band of their
 * colours (an image per set of colours) and the count. Its disc holds its place in the collision
 * index, as a marker's code does; the count inside it needs no place of its own.
 */
export const presenceStack: Style<SymbolLayerSpecification> = {
  id: 'presence-stack',
  type: 'symbol',
  layout: {
    'icon-image': ['get', 'image'],
    'icon-size': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...MARKER_RADIUS_STOPS.flatMap(([zoom]) => [zoom, stackRadius(zoom) / STACK_RADIUS]),
    ],
    'icon-allow-overlap': true,
    'text-field': ['to-string', ['get', 'count']],
    'text-font': [...FONTS.medium],
    'text-size': ['interpolate', ['linear'], ['zoom'], ...CODE_SIZE.flatMap(([z, size]) => [z, size + 2])],
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': PRESENCE_COLORS.ink },
};

export const POINT_HIT_LAYER = presenceBody.id;
export const STACK_HIT_LAYER = presenceStack.id;

const SELECTED_LABEL_SIZE = 12.5;

/**
 * The selected presence's cluster, named beside its marker or chip: the one name on the map, in the
 * space MapLibre finds free beside it (markers, stacks and chips already hold theirs). Above every
 * town and region name, so those give way to it.
 */
export const presenceSelectedLabel: Style<SymbolLayerSpecification> = {
  id: 'presence-selected-label',
  type: 'symbol',
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [...FONTS.medium],
    'text-size': SELECTED_LABEL_SIZE,
    'text-max-width': 12,
    'text-variable-anchor': [
      'left',
      'right',
      'top',
      'bottom',
      'top-left',
      'top-right',
      'bottom-left',
      'bottom-right',
    ],
    // `radius`: how far the marker or chip reaches from the point (px).
    'text-radial-offset': ['/', ['+', ['get', 'radius'], 3], SELECTED_LABEL_SIZE],
    'text-justify': 'auto',
  },
  paint: {
    'text-color': PRESENCE_COLORS.ink,
    'text-halo-color': PRESENCE_COLORS.selectedHalo,
    'text-halo-width': 3,
  },
};
