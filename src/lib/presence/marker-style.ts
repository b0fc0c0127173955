import type { PresenceStatus } from '@/model/schema';

/**
 * How a presence's status shows in its marker, shared by the map style and the legend's samples
 * so both always agree. From certain to tentative the marker gets lighter, then hollow: the fill
 * fades and a ring in the business-area colour takes over.
 */
export const STATUS_MARKER: Record<PresenceStatus, { fillOpacity: number; ring: number; hollow: boolean }> = {
  established: { fillOpacity: 1, ring: 0, hollow: false },
  opening: { fillOpacity: 0.6, ring: 2, hollow: false },
  'in-progress': { fillOpacity: 0.3, ring: 2, hollow: false },
  planned: { fillOpacity: 0, ring: 3, hollow: true },
  considering: { fillOpacity: 0, ring: 1.5, hollow: true },
  // Greyed and struck through (CLOSED_COLOR, the strike): shown with its source, never counted.
  closed: { fillOpacity: 0.35, ring: 0, hollow: false },
};

/** While "what changed" is open: a ring round what is new since the earlier date, and round what closed. */
export const DIFF_RING = { new: '#1a7f37', gone: '#b42318' } as const;

/** Marker radius (px, without ring and casing) by zoom: [zoom, radius] stops, linear between. */
export const MARKER_RADIUS_STOPS = [
  [5, 8],
  [9, 11],
] as const satisfies readonly (readonly [number, number])[];

/** The dark outline that keeps light palette colours at 3:1 against the land (WCAG 1.4.11). */
export const CASING_WIDTH = 1.25;
/** The dotted ring around a presence the note does not state (inferred), outside the casing. */
export const INFERRED_HALO = 4;
/** The "+" badge on an imported presence (basis 'user'), on the marker's upper right edge. */
export const USER_BADGE_RADIUS = 5;
/** The ringed dot on a presence whose statement shown comes from a source other than the note, lower right. */
export const SOURCE_BADGE_RADIUS = 4;
/** Space between neighbouring markers, edge to edge. */
export const MARKER_GAP = 3;
/** The dark ink of casings, badges and the count on a stack; the app's text colour. */
export const PRESENCE_INK = '#1c2a33';
/** A closed presence keeps its code but loses its colour: greyed and struck through, never mistaken for a live one. */
export const CLOSED_COLOR = '#6b7780';
/** Half the side of an area-level presence's square chip, casing included (px). */
export const CHIP_HALF = 9;
/** Space between chips in a row (px): their images, 2 px wider each way for the "+" badge, just touch. */
export const CHIP_GAP = 4;
/** A stack's radius at the largest marker size (px), and the width of its band of colours. */
export const STACK_RADIUS = MARKER_RADIUS_STOPS[1][1] + 4 + CASING_WIDTH;
export const STACK_BAND = 3.5;
/** The dotted ring around an inferred marker, sized for the largest marker; scaled down with it. */
export const INFERRED_RING_RADIUS = MARKER_RADIUS_STOPS[1][1] + CASING_WIDTH + INFERRED_HALO - 1.5;
/** The bar across a closed marker, sized for the largest marker and its casing; scaled down with it. */
export const CLOSED_STRIKE_RADIUS = MARKER_RADIUS_STOPS[1][1] + CASING_WIDTH;

/** The marker's colour: the business area's, or grey once closed. */
export const markerColor = (color: string, status: PresenceStatus): string =>
  status === 'closed' ? CLOSED_COLOR : color;

export function markerRadius(zoom: number): number {
  const [[z0, r0], [z1, r1]] = MARKER_RADIUS_STOPS;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return r0 + t * (r1 - r0);
}

/** A stack's outer radius on screen at this zoom: it shrinks with the markers. */
export const stackRadius = (zoom: number) => (STACK_RADIUS * markerRadius(zoom)) / MARKER_RADIUS_STOPS[1][1];

/** The marker's outer radius on screen: what the layout must keep apart. */
export function markerFootprint(
  zoom: number,
  status: PresenceStatus,
  inferred: boolean,
  user = false,
  otherSource = false,
): number {
  const halo = Math.max(
    inferred ? INFERRED_HALO : 0,
    user ? USER_BADGE_RADIUS / 2 : 0,
    otherSource ? SOURCE_BADGE_RADIUS / 2 : 0,
  );
  return markerRadius(zoom) + STATUS_MARKER[status].ring + CASING_WIDTH + halo;
}

/** Where the badge's centre sits from the marker's centre: on its edge, up and to the right (px). */
export function userBadgeOffset(radius: number, status: PresenceStatus): [number, number] {
  const d = (radius + STATUS_MARKER[status].ring + CASING_WIDTH / 2) * Math.SQRT1_2;
  return [d, -d];
}

/** The source badge's centre: on the marker's edge, down and to the right (px). */
export function sourceBadgeOffset(radius: number, status: PresenceStatus): [number, number] {
  const [x, y] = userBadgeOffset(radius, status);
  return [x, -y];
}
