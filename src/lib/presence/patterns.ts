import {
  BUSINESS_AREA_IDS,
  PRESENCE_STATUSES,
  type BusinessAreaId,
  type PresenceStatus,
} from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import {
  CASING_WIDTH,
  CHIP_HALF,
  CLOSED_STRIKE_RADIUS,
  INFERRED_RING_RADIUS,
  markerColor,
  PRESENCE_INK,
  STACK_BAND,
  STACK_RADIUS,
  STATUS_MARKER,
  SOURCE_BADGE_RADIUS,
  USER_BADGE_RADIUS,
} from './marker-style';

/** RGBA pixels in the shape MapLibre's addImage takes. */
export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Images are drawn at twice their size on screen, so they stay sharp on high-density displays. */
export const PATTERN_PIXEL_RATIO = 2;
export const INFERRED_RING_ID = 'presence-inferred-ring';
export const USER_BADGE_ID = 'presence-user-badge';
export const SOURCE_BADGE_ID = 'presence-source-badge';
export const CLOSED_STRIKE_ID = 'presence-closed-strike';
export const CHIP_HALO_ID = 'presence-chip-halo';
/** A clear pixel a marker's code is drawn with, padded to hold the marker's place among labels. */
export const FOOTPRINT_ID = 'presence-footprint';

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function paint(width: number, height: number, hex: string, coverage: (x: number, y: number) => number) {
  const data = new Uint8ClampedArray(width * height * 4);
  const [r, g, b] = rgb(hex);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 4) {
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(255 * clamp01(coverage(x + 0.5, y + 0.5)));
    }
  }
  return { width, height, data };
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** One coat of paint: a colour, its opacity, and how much of each pixel it covers (0–1). */
interface Coat {
  hex: string;
  opacity?: number;
  cover: (x: number, y: number) => number;
}

/**
 * Coats painted one over the other, bottom first (source-over, straight alpha). Channels are plain
 * locals and written straight into the buffer: the first view draws every chip it shows in one task
 * (src/map/generated-images.ts), and arrays made per pixel cost most of it.
 */
function layered(size: number, coats: Coat[]): RasterImage {
  const data = new Uint8ClampedArray(size * size * 4);
  const inks = coats.map((c) => {
    const [r, g, b] = rgb(c.hex);
    return { r, g, b, opacity: c.opacity ?? 1, cover: c.cover };
  });
  for (let y = 0, i = 0; y < size; y++) {
    for (let x = 0; x < size; x++, i += 4) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const ink of inks) {
        const k = clamp01(ink.cover(x + 0.5, y + 0.5)) * ink.opacity;
        if (k <= 0) continue;
        const out = k + a * (1 - k);
        r = (ink.r * k + r * a * (1 - k)) / out;
        g = (ink.g * k + g * a * (1 - k)) / out;
        b = (ink.b * k + b * a * (1 - k)) / out;
        a = out;
      }
      data[i] = Math.round(r);
      data[i + 1] = Math.round(g);
      data[i + 2] = Math.round(b);
      data[i + 3] = Math.round(255 * a);
    }
  }
  return { width: size, height: size, data };
}

/** Signed distance to a square of half-side `half` with corners rounded by `round`, centred in `size`. */
const roundedSquare = (size: number, half: number, round: number) => (x: number, y: number) => {
  const dx = Math.abs(x - size / 2) - half + round;
  const dy = Math.abs(y - size / 2) - half + round;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - round;
};
/** Coverage of the inside of a shape given by its signed distance, grown by `by` pixels. */
const inside =
  (distance: (x: number, y: number) => number, by = 0) =>
  (x: number, y: number) =>
    by + 0.5 - distance(x, y);
const band = (distance: (x: number, y: number) => number, from: number, to: number) => {
  const [outer, inner] = [inside(distance, -from), inside(distance, -to)];
  return (x: number, y: number) => Math.min(outer(x, y), 1 - inner(x, y));
};

export const chipImageId = (area: BusinessAreaId, status: PresenceStatus, user: boolean) =>
  `presence-chip:${area}:${status}${user ? ':user' : ''}`;
export const stackImageId = (areas: readonly BusinessAreaId[]) => `presence-stack:${areas.join(',')}`;

/** The images every first view may name, whatever is shown. */
export const FIXED_PRESENCE_IMAGES = [
  FOOTPRINT_ID,
  INFERRED_RING_ID,
  USER_BADGE_ID,
  SOURCE_BADGE_ID,
  CLOSED_STRIKE_ID,
  CHIP_HALO_ID,
] as const;

/** The images the presence layers name by id, drawn from the id alone; null for an id not theirs. */
export function presenceImage(id: string): RasterImage | null {
  const chip = /^presence-chip:([a-z-]+):([a-z-]+)(:user)?$/.exec(id);
  if (chip) {
    const area = BUSINESS_AREA_IDS.find((a) => a === chip[1]);
    const status = PRESENCE_STATUSES.find((s) => s === chip[2]);
    return area && status ? areaChip(area, status, !!chip[3]) : null;
  }
  const stack = /^presence-stack:([a-z,-]+)$/.exec(id);
  if (stack) {
    const areas = (stack[1] as string).split(',');
    const known = areas.flatMap((a) => BUSINESS_AREA_IDS.filter((id) => id === a));
    return known.length === areas.length ? stackDisc(known) : null;
  }
  if (id === INFERRED_RING_ID) return dottedRing(INFERRED_RING_RADIUS);
  if (id === USER_BADGE_ID) return plusBadge(USER_BADGE_RADIUS);
  if (id === SOURCE_BADGE_ID) return sourceBadge(SOURCE_BADGE_RADIUS);
  if (id === CLOSED_STRIKE_ID) return strikeThrough(CLOSED_STRIKE_RADIUS);
  if (id === CHIP_HALO_ID) return chipHalo();
  if (id === FOOTPRINT_ID) return { width: 2, height: 2, data: new Uint8ClampedArray(16) };
  return null;
}

/**
 * An area-level presence's chip: a rounded square, filled and ringed per status exactly as a town's
 * marker is round (STATUS_MARKER), with the dark casing that keeps light colours apart from the land,
 * and the "+" of an imported presence in its corner. The code is drawn over it as text.
 */
export function areaChip(area: BusinessAreaId, status: PresenceStatus, user = false): RasterImage {
  const k = PATTERN_PIXEL_RATIO;
  const size = Math.ceil((CHIP_HALF + 2) * 2 * k);
  const outer = roundedSquare(size, CHIP_HALF * k, 3 * k);
  const casing = CASING_WIDTH * k;
  const style = STATUS_MARKER[status];
  const color = markerColor(BUSINESS_AREA_STYLE[area].color, status);
  const coats: Coat[] = [
    { hex: PRESENCE_INK, cover: inside(outer) },
    { hex: '#ffffff', cover: inside(outer, -casing) },
    { hex: color, opacity: style.fillOpacity, cover: inside(outer, -casing) },
    { hex: color, cover: band(outer, casing, casing + style.ring * k) },
  ];
  if (status === 'closed') {
    // The closed marker's bar, upper right to lower left, kept inside the casing.
    const bar = (x: number, y: number) => 1.1 * k + 0.5 - Math.abs(x + y - size) / Math.SQRT2;
    const fill = inside(outer, -casing);
    coats.push({ hex: PRESENCE_INK, cover: (x, y) => Math.min(bar(x, y), fill(x, y)) });
  }
  if (user) {
    const r = USER_BADGE_RADIUS * k;
    coats.push(...plusCoats(size - r - k, r + k, r));
  }
  return layered(size, coats);
}

/** The selected chip's halo: a white band and a dark line around the chip, as the selected marker's. */
export function chipHalo(): RasterImage {
  const k = PATTERN_PIXEL_RATIO;
  const size = Math.ceil((CHIP_HALF + 6) * 2 * k);
  const outer = roundedSquare(size, (CHIP_HALF + 5) * k, 6 * k);
  return layered(size, [
    { hex: PRESENCE_INK, cover: inside(outer) },
    { hex: '#ffffff', cover: inside(outer, -3 * k) },
  ]);
}

/**
 * A town whose markers would crowd the map, drawn as one disc: a white middle for the count and
 * around it a band cut into one arc per presence, in their business areas' colours, clockwise from
 * the top in the presences' order. Sized for the largest stack; scaled down with the markers.
 */
export function stackDisc(areas: readonly BusinessAreaId[]): RasterImage {
  const k = PATTERN_PIXEL_RATIO;
  const r = STACK_RADIUS * k;
  const size = Math.ceil(2 * r + 2);
  const c = size / 2;
  const circle = (x: number, y: number) => Math.hypot(x - c, y - c) - r;
  const casing = CASING_WIDTH * k;
  const arcs = Math.max(areas.length, 1);
  const arcOf = (x: number, y: number) => {
    const turn = (Math.atan2(x - c, c - y) / (2 * Math.PI) + 1) % 1;
    return Math.min(arcs - 1, Math.floor(turn * arcs));
  };
  const ring = band(circle, casing, casing + STACK_BAND * k);
  return layered(size, [
    { hex: PRESENCE_INK, cover: inside(circle) },
    { hex: '#ffffff', cover: inside(circle, -casing) },
    ...areas.map((area, i) => ({
      hex: BUSINESS_AREA_STYLE[area].color,
      cover: (x: number, y: number) => (arcOf(x, y) === i ? ring(x, y) : 0),
    })),
  ]);
}

/** A ring of dots: "the note does not say so; inferred". Sized for `radius` screen pixels. */
export function dottedRing(radius: number, color = '#3b464d'): RasterImage {
  const r = radius * PATTERN_PIXEL_RATIO;
  const dot = 1.3 * PATTERN_PIXEL_RATIO;
  const size = Math.ceil(2 * (r + dot + 1));
  const dots = Math.max(8, Math.round((2 * Math.PI * r) / (4 * dot)));
  const centres = Array.from({ length: dots }, (_, k) => {
    const a = (2 * Math.PI * k) / dots;
    return [size / 2 + r * Math.cos(a), size / 2 + r * Math.sin(a)] as const;
  });
  // The nearest dot is one of the two either side of the pixel's angle: two distances, not all.
  const step = (2 * Math.PI) / dots;
  const distance = (k: number, x: number, y: number) => {
    const [cx, cy] = centres[((k % dots) + dots) % dots] as readonly [number, number];
    return Math.hypot(x - cx, y - cy);
  };
  return paint(size, size, color, (x, y) => {
    const k = Math.floor(Math.atan2(y - size / 2, x - size / 2) / step);
    return dot + 0.5 - Math.min(distance(k, x, y), distance(k + 1, x, y));
  });
}

/** The "+" badge at (cx, cy), radius `r` in image pixels: white plus on a dark disc with a white rim. */
function plusCoats(cx: number, cy: number, r: number): Coat[] {
  const k = PATTERN_PIXEL_RATIO;
  const disc = (x: number, y: number) => Math.hypot(x - cx, y - cy) - r;
  const [arm, bar] = [r * 0.58, 0.85 * k];
  const plus = (x: number, y: number) => {
    const dx = Math.abs(x - cx);
    const dy = Math.abs(y - cy);
    return Math.max(Math.min(bar + 0.5 - dy, arm + 0.5 - dx), Math.min(bar + 0.5 - dx, arm + 0.5 - dy));
  };
  return [
    { hex: '#ffffff', cover: inside(disc) },
    { hex: PRESENCE_INK, cover: inside(disc, -1.2 * k) },
    { hex: '#ffffff', cover: plus },
  ];
}

/**
 * The "+" badge on a presence an analyst imported, so it reads on every business-area colour and on
 * the land. `radius` in screen pixels.
 */
export function plusBadge(radius: number): RasterImage {
  const r = radius * PATTERN_PIXEL_RATIO;
  const size = Math.ceil(2 * r + 2);
  return layered(size, plusCoats(size / 2, size / 2, r));
}

/**
 * The badge of a presence shown from a source other than the note: a dark ring round a dark dot on a white
 * disc, so it reads on every colour and differs from the imported presence's "+". `radius` in screen pixels.
 */
export function sourceBadge(radius: number, ink = PRESENCE_INK): RasterImage {
  const r = radius * PATTERN_PIXEL_RATIO;
  const size = Math.ceil(2 * r + 2);
  const c = size / 2;
  const ringWidth = 1.1 * PATTERN_PIXEL_RATIO;
  const dot = r * 0.38;
  const [ir, ig, ib] = rgb(ink);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0, i = 0; y < size; y++) {
    for (let x = 0; x < size; x++, i += 4) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const disc = clamp01(r + 0.5 - d);
      const ink = Math.max(clamp01(Math.min(r + 0.5 - d, d - (r - ringWidth) + 0.5)), clamp01(dot + 0.5 - d));
      data[i] = Math.round(ir * ink + 255 * (1 - ink));
      data[i + 1] = Math.round(ig * ink + 255 * (1 - ink));
      data[i + 2] = Math.round(ib * ink + 255 * (1 - ink));
      data[i + 3] = Math.round(255 * disc);
    }
  }
  return { width: size, height: size, data };
}

/** A dark bar from upper right to lower left across a marker of `radius` screen pixels: "closed". */
export function strikeThrough(radius: number, ink = PRESENCE_INK): RasterImage {
  const r = radius * PATTERN_PIXEL_RATIO;
  const size = Math.ceil(2 * r + 2);
  const c = size / 2;
  const half = 1.1 * PATTERN_PIXEL_RATIO;
  return paint(size, size, ink, (x, y) => {
    const [dx, dy] = [x - c, y - c];
    const across = Math.abs(dx + dy) / Math.SQRT2;
    const along = Math.abs(dx - dy) / Math.SQRT2;
    return Math.min(half + 0.5 - across, r + 0.5 - along);
  });
}
