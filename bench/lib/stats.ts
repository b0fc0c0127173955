/** Order statistics for small samples; the machine is noisy, so the bench reports medians and spreads. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

export const median = (values: number[]) => quantile(values, 0.5);

export interface Spread {
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
}

export function spread(values: number[]): Spread {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
  };
}

/**
 * Each round's app ÷ baseline, the two loaded one after the other: pairing cancels the machine's
 * slow swings (another build starting), which a ratio of two medians taken apart would keep.
 */
export function pairedRatios(app: number[], baseline: number[]): number[] {
  return app.slice(0, baseline.length).map((value, i) => value / (baseline[i] as number));
}
