/**
 * The picture of an aggregate of imported presences: a ring cut into the business areas' colours in
 * proportion to how many of each it holds, around a white disc for the count (drawn as text over it).
 * MapLibre asks for each picture by an id the style computes from the cluster's counts
 * (src/map/styles/imported-points.ts), so the id says everything the drawing needs.
 */
import { BUSINESS_AREA_IDS, type BusinessAreaId } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { PATTERN_PIXEL_RATIO, type RasterImage } from './patterns';

/** The ring is cut in this many equal steps: counts are rounded to them, so pictures repeat. */
export const AGGREGATE_STEPS = 24;

/**
 * Sizes by how many presences an aggregate holds: up to 9, 99, 999, 9 999, and more. Radii in screen
 * pixels, so that the count ("12.345" at the largest) fits the white disc.
 */
export const AGGREGATE_SIZES = [
  { below: 10, radius: 12, ring: 4 },
  { below: 100, radius: 15, ring: 5 },
  { below: 1000, radius: 18, ring: 5 },
  { below: 10_000, radius: 21, ring: 5 },
  { below: Infinity, radius: 25, ring: 6 },
] as const;

export const AGGREGATE_IMAGE_PREFIX = 'aggregate:';

/** The dark outline that keeps light colours at 3:1 against the land and the white disc (WCAG 1.4.11). */
const CASING = 1.25;
const INK = '#1c2a33';

export interface AggregatePicture {
  size: number;
  /** Steps of the ring per business area, in BUSINESS_AREA_IDS order. */
  steps: number[];
}

/** aggregate:<size>:<steps of each business area, dot-separated, in BUSINESS_AREA_IDS order>. */
export const aggregateImageId = ({ size, steps }: AggregatePicture) =>
  `${AGGREGATE_IMAGE_PREFIX}${size}:${steps.join('.')}`;

export function parseAggregateImageId(id: string): AggregatePicture | null {
  const match = /^aggregate:(\d):((?:\d+\.)*\d+)$/.exec(id);
  if (!match) return null;
  const size = Number(match[1]);
  const steps = (match[2] as string).split('.').map(Number);
  if (size >= AGGREGATE_SIZES.length || steps.length !== BUSINESS_AREA_IDS.length) return null;
  if (!steps.some((s) => s > 0)) return null;
  return { size, steps };
}

/** Steps per business area for counts per business area: each share of the ring, rounded. */
export function aggregateSteps(counts: Partial<Record<BusinessAreaId, number>>): number[] {
  const total = BUSINESS_AREA_IDS.reduce((n, id) => n + (counts[id] ?? 0), 0);
  return BUSINESS_AREA_IDS.map((id) => Math.round((AGGREGATE_STEPS * (counts[id] ?? 0)) / (total || 1)));
}

export function aggregateSizeIndex(count: number): number {
  return AGGREGATE_SIZES.findIndex((s) => count < s.below);
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Colours of the ring from 12 o'clock clockwise: each area's share of the turn, in order. */
function ringColours(steps: number[]): { until: number; rgb: [number, number, number] }[] {
  const total = steps.reduce((a, b) => a + b, 0);
  let at = 0;
  return BUSINESS_AREA_IDS.flatMap((id, i) => {
    const share = (steps[i] ?? 0) / total;
    if (!share) return [];
    at += share;
    return [{ until: at, rgb: rgb(BUSINESS_AREA_STYLE[id].color) }];
  });
}

/** What every picture of one size shares: all but the ring's colours, and where the ring's pixels are. */
interface Template {
  side: number;
  /** Transparent outside, the dark casing and the white disc; the ring's pixels left to colour. */
  base: Uint8ClampedArray;
  /** Per ring pixel: its byte offset, turn from 12 o'clock, distance from the centre, alpha and how
   * much of the colour shows through the casing (0–1). */
  ring: {
    offset: Int32Array;
    turn: Float32Array;
    distance: Float32Array;
    alpha: Float32Array;
    mix: Float32Array;
  };
}

const clamp = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);
const [ir, ig, ib] = rgb(INK);
const templates = new Map<number, Template>();

/**
 * The geometry of one size, once: dark casing, a ring, a dark inner edge and the white disc, edges
 * smoothed by how far each pixel's centre is from them.
 */
function template(size: number): Template {
  const cached = templates.get(size);
  if (cached) return cached;
  const { radius, ring } = AGGREGATE_SIZES[size] ?? AGGREGATE_SIZES[0];
  const k = PATTERN_PIXEL_RATIO;
  const [outer, edge, inner, hole] = [
    radius + CASING,
    radius,
    radius - ring,
    radius - ring - 0.75 * CASING,
  ].map((r) => r * k) as [number, number, number, number];
  const side = Math.ceil(2 * outer + 2);
  const c = side / 2;
  const base = new Uint8ClampedArray(side * side * 4);
  const ringPixels: number[][] = [];
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const [dx, dy] = [x + 0.5 - c, y + 0.5 - c];
      const d = Math.sqrt(dx * dx + dy * dy);
      const alpha = 255 * clamp(outer + 0.5 - d);
      const i = (y * side + x) * 4;
      if (alpha === 0) continue;
      if (d < inner - 0.5) {
        // The white disc, darkening into the inner casing.
        const t = clamp(d - hole + 0.5);
        base.set([255 + (ir - 255) * t, 255 + (ig - 255) * t, 255 + (ib - 255) * t, alpha], i);
        continue;
      }
      // Casing outside the ring and a thin one inside it; the ring's colour shows by `mix`.
      const mix = clamp(d - inner + 0.5) * clamp(edge + 0.5 - d);
      if (mix === 0) base.set([ir, ig, ib, alpha], i);
      else ringPixels.push([i, (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1, d, alpha, mix]);
    }
  }
  const column = (j: number) => ringPixels.map((px) => px[j] as number);
  const made: Template = {
    side,
    base,
    ring: {
      offset: Int32Array.from(column(0)),
      turn: Float32Array.from(column(1)),
      distance: Float32Array.from(column(2)),
      alpha: Float32Array.from(column(3)),
      mix: Float32Array.from(column(4)),
    },
  };
  templates.set(size, made);
  return made;
}

/**
 * The picture, at PATTERN_PIXEL_RATIO: its size's template with the ring coloured, thin white cuts
 * between areas. A few hundred of these are drawn on the page's thread as the map asks for them, dozens
 * in one task on the first view, so the geometry is computed once per size and only the ring's pixels
 * are coloured here.
 */
export function aggregateImage({ size, steps }: AggregatePicture): RasterImage {
  const { side, base, ring } = template(size);
  const k = PATTERN_PIXEL_RATIO;
  const colours = ringColours(steps);
  const cuts = colours.length > 1 ? colours.map((s) => s.until) : [];
  const data = base.slice();
  for (let j = 0; j < ring.offset.length; j++) {
    const turn = ring.turn[j] as number;
    const d = ring.distance[j] as number;
    const t = ring.mix[j] as number;
    let segment = colours[colours.length - 1];
    for (const s of colours)
      if (turn < s.until) {
        segment = s;
        break;
      }
    let [r, g, b] = segment?.rgb ?? [ir, ig, ib];
    for (const u of cuts) {
      const gap = Math.abs(((turn - u + 1.5) % 1) - 0.5) * 2 * Math.PI * d;
      const w = clamp(0.6 * k + 0.5 - gap);
      [r, g, b] = [r + (255 - r) * w, g + (255 - g) * w, b + (255 - b) * w];
    }
    const i = ring.offset[j] as number;
    data[i] = ir + (r - ir) * t;
    data[i + 1] = ig + (g - ig) * t;
    data[i + 2] = ib + (b - ib) * t;
    data[i + 3] = ring.alpha[j] as number;
  }
  return { width: side, height: side, data };
}
