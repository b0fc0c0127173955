import { BUSINESS_AREA_IDS, type BusinessAreaId } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';

/** RGBA pixels in the shape MapLibre's addImage takes. */
export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Images are drawn at twice their size on screen, so they stay sharp on high-density displays. */
export const PATTERN_PIXEL_RATIO = 2;
/** Distance between stripes of one hatch along an axis, in image pixels; the tile holds two periods. */
const PERIOD = 32;
const TILE = PERIOD * 2;
const STRIPE_WIDTH = 4;

export const INFERRED_RING_ID = 'presence-inferred-ring';
export const USER_BADGE_ID = 'presence-user-badge';
export const SOURCE_BADGE_ID = 'presence-source-badge';
export const CLOSED_STRIKE_ID = 'presence-closed-strike';

export const hatchImageId = (area: BusinessAreaId, slot: number, slots: number) =>
  `presence-hatch:${area}:${slot}:${slots}`;

export function parseHatchImageId(id: string): { area: BusinessAreaId; slot: number; slots: number } | null {
  const match = /^presence-hatch:([a-z-]+):(\d+):(\d+)$/.exec(id);
  if (!match) return null;
  const area = BUSINESS_AREA_IDS.find((a) => a === match[1]);
  const [slot, slots] = [Number(match[2]), Number(match[3])];
  if (!area || slots < 1 || slot >= slots) return null;
  return { area, slot, slots };
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function paint(width: number, height: number, hex: string, coverage: (x: number, y: number) => number) {
  const data = new Uint8ClampedArray(width * height * 4);
  const [r, g, b] = rgb(hex);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data.set([r, g, b, Math.round(255 * Math.min(1, Math.max(0, coverage(x + 0.5, y + 0.5))))], i);
    }
  }
  return { width, height, data };
}

/**
 * Diagonal stripes in the business area's colour on a clear ground. Overlapping areas take
 * different slots, so their stripes interleave and every area stays visible. Seamless: the tile is
 * a whole number of periods in both directions.
 */
export function hatchPattern(area: BusinessAreaId, slot: number, slots: number): RasterImage {
  const phase = (slot * PERIOD) / slots;
  return paint(TILE, TILE, BUSINESS_AREA_STYLE[area].color, (x, y) => {
    const along = (((x + y - phase) % PERIOD) + PERIOD) % PERIOD;
    const distance = Math.min(along, PERIOD - along) / Math.SQRT2;
    return STRIPE_WIDTH / 2 + 0.5 - distance;
  });
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
  return paint(size, size, color, (x, y) => {
    const nearest = Math.min(...centres.map(([cx, cy]) => Math.hypot(x - cx, y - cy)));
    return dot + 0.5 - nearest;
  });
}

/**
 * The "+" badge on a presence an analyst imported: white plus on a dark disc with a white rim, so it
 * reads on every business-area colour and on the land. `radius` in screen pixels.
 */
export function plusBadge(radius: number, ink = '#1c2a33'): RasterImage {
  const r = radius * PATTERN_PIXEL_RATIO;
  const rim = 1.2 * PATTERN_PIXEL_RATIO;
  const arm = r * 0.58;
  const bar = 0.85 * PATTERN_PIXEL_RATIO;
  const size = Math.ceil(2 * r + 2);
  const c = size / 2;
  const [ir, ig, ib] = rgb(ink);
  const data = new Uint8ClampedArray(size * size * 4);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [dx, dy] = [Math.abs(x + 0.5 - c), Math.abs(y + 0.5 - c)];
      const disc = clamp(r + 0.5 - Math.hypot(dx, dy));
      const inner = clamp(r - rim + 0.5 - Math.hypot(dx, dy));
      const plus = Math.max(
        clamp(Math.min(bar + 0.5 - dy, arm + 0.5 - dx)),
        clamp(Math.min(bar + 0.5 - dx, arm + 0.5 - dy)),
      );
      // White rim and plus over the ink disc.
      const white = Math.max(plus, 1 - inner);
      const i = (y * size + x) * 4;
      data.set(
        [
          Math.round(255 * white + ir * (1 - white)),
          Math.round(255 * white + ig * (1 - white)),
          Math.round(255 * white + ib * (1 - white)),
          Math.round(255 * disc),
        ],
        i,
      );
    }
  }
  return { width: size, height: size, data };
}

/**
 * The badge of a presence shown from a source other than the note: a dark ring round a dark dot on a white
 * disc, so it reads on every colour and differs from the imported presence's "+". `radius` in screen pixels.
 */
export function sourceBadge(radius: number, ink = '#1c2a33'): RasterImage {
  const r = radius * PATTERN_PIXEL_RATIO;
  const size = Math.ceil(2 * r + 2);
  const c = size / 2;
  const ringWidth = 1.1 * PATTERN_PIXEL_RATIO;
  const dot = r * 0.38;
  const [ir, ig, ib] = rgb(ink);
  const data = new Uint8ClampedArray(size * size * 4);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const disc = clamp(r + 0.5 - d);
      const ink = Math.max(clamp(Math.min(r + 0.5 - d, d - (r - ringWidth) + 0.5)), clamp(dot + 0.5 - d));
      const i = (y * size + x) * 4;
      data.set(
        [
          Math.round(ir * ink + 255 * (1 - ink)),
          Math.round(ig * ink + 255 * (1 - ink)),
          Math.round(ib * ink + 255 * (1 - ink)),
          Math.round(255 * disc),
        ],
        i,
      );
    }
  }
  return { width: size, height: size, data };
}

/** A dark bar from upper right to lower left across a marker of `radius` screen pixels: "closed". */
export function strikeThrough(radius: number, ink = '#1c2a33'): RasterImage {
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
