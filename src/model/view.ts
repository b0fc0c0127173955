/**
 * The view's vocabularies: what the store holds, a link carries and the CLI accepts, defined once here
 * (the URL codec reads them, it does not mirror them).
 */

/** The map's two views: where clusters are (presences) and where they are not (coverage). */
export const VIEWS = ['presences', 'coverage'] as const;
export type View = (typeof VIEWS)[number];

/** The areas coverage counts at, from largest to smallest. */
export const AREA_LEVELS = ['region', 'erhvervshus', 'municipality'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/**
 * clusters: how many clusters are present · distance: km to the nearest counted presence ·
 * residents: residents beyond D km of the nearest counted presence, as a share of the area's.
 */
export const COVERAGE_METRICS = ['clusters', 'distance', 'residents'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

/** The radii residents are counted within: the residents metric's D and the profile's two measures. */
export const RADII_KM = [25, 50] as const;
export type RadiusKm = (typeof RADII_KM)[number];

/** The interface languages, Danish first (the default). */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The two panels beside the map on a wide screen; each folds to a slim rail (phones show them as sheets). */
export const SIDE_PANELS = ['filters', 'details'] as const;
export type SidePanelId = (typeof SIDE_PANELS)[number];
