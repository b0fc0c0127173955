/**
 * What the coverage map can show. clusters: how many clusters are present · distance: km to the
 * nearest counted presence · residents: residents beyond D km of the nearest counted presence, as a
 * share of the area's. A module of its own, so the store on the first view needs nothing else of coverage.
 */
export const COVERAGE_METRICS = ['clusters', 'distance', 'residents'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];
