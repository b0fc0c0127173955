import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { PRESENCE_STATUSES, type PresenceStatus } from '@/model/schema';
import type { ShownSubset } from '@/lib/presence/shown-subset';
import {
  CASING_WIDTH,
  DIFF_RING,
  INFERRED_HALO,
  MARKER_RADIUS_STOPS,
  STATUS_MARKER,
  sourceBadgeOffset,
  userBadgeOffset,
} from '@/lib/presence/marker-style';
import { CLOSED_STRIKE_ID, INFERRED_RING_ID, SOURCE_BADGE_ID, USER_BADGE_ID } from '@/lib/presence/patterns';
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

/** Sized for the largest marker; scaled down with the marker at lower zooms. */
export const INFERRED_RING_RADIUS =
  (MARKER_RADIUS_STOPS[1][1] as number) + CASING_WIDTH + INFERRED_HALO - 1.5;

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

/**
 * The business area's two-letter code: the cue that does not depend on seeing colour. White on dark
 * filled markers, black otherwise (4.5:1 on every business-area colour and on white) — as two layers with constant colours rather than one data-driven
 * colour, because every data-driven variant is one more shader program to compile, and a software
 * renderer spends a few hundred milliseconds on each before the first frame.
 */
const code = (id: string, color: string, onWhite: boolean): Style<SymbolLayerSpecification> => {
  const white: ExpressionSpecification = [
    'all',
    established,
    ['==', ['get', 'textColor'], PRESENCE_COLORS.paper],
  ];
  return {
    id,
    type: 'symbol',
    filter: onWhite ? white : ['!', white],
    layout: {
      'text-field': ['get', 'code'],
      'text-font': [...FONTS.medium],
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 8.5, 9, 11],
      'text-allow-overlap': true,
      // Town names still show beside a ring of markers; the markers are drawn over them.
      'text-ignore-placement': true,
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

/** Sized for the largest marker and its casing; scaled down with the marker at lower zooms. */
export const CLOSED_STRIKE_RADIUS = (MARKER_RADIUS_STOPS[1][1] as number) + CASING_WIDTH;

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

export const POINT_HIT_LAYER = presenceBody.id;

/**
 * Only the presences a filter shows, on a source that holds them all: a `match` on the id (a lookup
 * table, not a scan per feature) over the shorter of the shown and hidden lists. `null`: all shown.
 */
export function shownFilter(subset: ShownSubset | null): ExpressionSpecification | null {
  if (!subset) return null;
  if (!subset.ids.length) return ['literal', subset.hidden];
  const ids = [...new Set(subset.ids)];
  return ['match', ['get', 'id'], ids, !subset.hidden, subset.hidden] as ExpressionSpecification;
}

/** A layer's own filter and the shown presences' filter, both. */
export function withShown(
  filter: FilterSpecification | undefined,
  shown: ExpressionSpecification | null,
): FilterSpecification | undefined {
  if (!shown) return filter;
  return filter ? (['all', filter, shown] as ExpressionSpecification) : shown;
}
