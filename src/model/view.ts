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

/** clusters: how many clusters are present · distance: km to the nearest counted presence. */
export const COVERAGE_METRICS = ['clusters', 'distance'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

/** The interface languages, Danish first (the default). */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The Intl locale for each language: Danish conventions, and British English (day before month). */
export const INTL_LOCALE = { da: 'da-DK', en: 'en-GB' } as const satisfies Record<Language, string>;

/**
 * How every number on screen is written, in sentences and in tables alike: the language's grouping
 * ("20.000", "20,000") and at most one decimal ("12,5 km").
 */
export const NUMBER_FORMAT: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
