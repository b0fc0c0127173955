/**
 * The coverage map's two fill patterns as RGBA tiles for MapLibre's addImage: a grey hatch for white
 * spots (nothing present, so not the lightest colour of the scale) and a stipple laid over cells whose
 * count rests on area-level presences only ("på Sjælland" is not an office in each municipality).
 */
export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export const WHITE_SPOT_PATTERN = 'coverage-white-spot';
export const AREA_LEVEL_PATTERN = 'coverage-area-level';
/** Tiles are drawn at half size on screen so they stay crisp on high-density displays. */
export const PATTERN_PIXEL_RATIO = 2;

type Rgba = [number, number, number, number];

const hex = (h: string, alpha = 255): Rgba => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
  alpha,
];

function tile(size: number, pixel: (x: number, y: number) => Rgba): RasterImage {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) data.set(pixel(x, y), (y * size + x) * 4);
  return { width: size, height: size, data };
}

export const WHITE_SPOT_COLORS = { ground: '#e6e5e1', stripe: '#8f8c84' } as const;

/** Diagonal stripes on light grey; the tile is one period wide, so it repeats without seams. */
export function whiteSpotPattern(): RasterImage {
  const period = 12;
  const [ground, stripe] = [hex(WHITE_SPOT_COLORS.ground), hex(WHITE_SPOT_COLORS.stripe)];
  return tile(period, (x, y) => ((x + y) % period < 3 ? stripe : ground));
}

/** White dots ringed in dark ink on a clear ground: readable over the lightest and the darkest class. */
export function areaLevelPattern(): RasterImage {
  const size = 28;
  const [clear, dot, ring] = [hex('#000000', 0), hex('#ffffff'), hex('#1c2a33', 230)];
  const centres = [
    [7, 7],
    [21, 21],
  ];
  return tile(size, (x, y) => {
    const d = Math.min(
      ...centres.map(([cx, cy]) => Math.hypot(x + 0.5 - (cx as number), y + 0.5 - (cy as number))),
    );
    if (d <= 1.8) return dot;
    if (d <= 3.2) return ring;
    return clear;
  });
}
