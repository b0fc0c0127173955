/**
 * Fixed class breaks, so maps stay comparable when filters or statuses change. Class 0 of the counts
 * is the white spot (no cluster present), drawn as a neutral grey hatch, not as the lightest colour.
 */
export const COUNT_CLASSES = [
  { min: 0, max: 0 },
  { min: 1, max: 1 },
  { min: 2, max: 2 },
  { min: 3, max: 4 },
  { min: 5, max: Infinity },
] as const;

export function countClass(count: number): number {
  return COUNT_CLASSES.findIndex((c) => count >= c.min && count <= c.max);
}

/** Half-open kilometre bands [min, max): 25 km falls in 25–50. */
export const DISTANCE_CLASSES = [
  { min: 0, max: 25 },
  { min: 25, max: 50 },
  { min: 50, max: 100 },
  { min: 100, max: Infinity },
] as const;

/** -1 when no presence counts at all (nothing to measure to). */
export function distanceClass(km: number | null): number {
  if (km === null) return -1;
  return DISTANCE_CLASSES.findIndex((c) => km >= c.min && km < c.max);
}

/** Share of an area's residents beyond D km, in fixed bands; class 0 is nobody (no gap by people). */
export const BEYOND_CLASSES = [
  { min: 0, max: 0 },
  { min: 0, max: 0.1 },
  { min: 0.1, max: 0.25 },
  { min: 0.25, max: 0.5 },
  { min: 0.5, max: 1 },
] as const;

/** Class 0 only for exactly nobody; otherwise (min, max]: exactly 10 % falls in "up to 10 %"; -1 without residents. */
export function beyondClass(share: number | null): number {
  if (share === null) return -1;
  if (share === 0) return 0;
  return BEYOND_CLASSES.findIndex((c, i) => i > 0 && share > c.min && share <= c.max);
}
/** A municipality this far or farther from the nearest counted presence is "far" in the summaries. */
export const FAR_KM = 50;
