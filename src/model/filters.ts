import {
  BUSINESS_AREA_IDS,
  ERHVERVSHUS_CODES,
  PRESENCE_STATUSES,
  REGION_CODES,
  type BusinessAreaId,
  type ErhvervshusCode,
  type PresenceStatus,
  type RegionCode,
} from './schema';

/** national: one of the ten established strengths · emerging: "spirende område". */
export const TRACKS = ['national', 'emerging'] as const;
/** stated / inferred come from the note; user marks presences an analyst imported. */
export const BASES = ['stated', 'inferred', 'user'] as const;

export type Track = (typeof TRACKS)[number];
export type BasisType = (typeof BASES)[number];

/**
 * The presence filters: one facet per key, each holding the values the user ticked; an empty list
 * means "no restriction". The store (filters-slice), the filter logic (src/lib/filter) and the link
 * (src/lib/url) all use this one shape.
 */
export interface Filters {
  businessAreas: readonly BusinessAreaId[];
  clusters: readonly string[];
  statuses: readonly PresenceStatus[];
  regions: readonly RegionCode[];
  erhvervshus: readonly ErhvervshusCode[];
  tracks: readonly Track[];
  bases: readonly BasisType[];
}

export type FilterKey = keyof Filters;

export const FILTER_KEYS = [
  'businessAreas',
  'clusters',
  'statuses',
  'regions',
  'erhvervshus',
  'tracks',
  'bases',
] as const satisfies readonly FilterKey[];

/** The closed vocabularies; clusters are open (they come from the dataset). */
export const FILTER_VALUES = {
  businessAreas: BUSINESS_AREA_IDS,
  statuses: PRESENCE_STATUSES,
  regions: REGION_CODES,
  erhvervshus: ERHVERVSHUS_CODES,
  tracks: TRACKS,
  bases: BASES,
} as const satisfies Record<Exclude<FilterKey, 'clusters'>, readonly string[]>;

export const EMPTY_FILTERS: Filters = {
  businessAreas: [],
  clusters: [],
  statuses: [],
  regions: [],
  erhvervshus: [],
  tracks: [],
  bases: [],
};

/** Every value an item carries for each facet; region and erhvervshus may hold several. */
export type FacetValues = { [K in FilterKey]: readonly Filters[K][number][] };

/** One facet's ticked values, read as the strings they are (for code that handles every facet alike). */
export const tickedValues = (filters: Filters, key: FilterKey): readonly string[] => filters[key];

export const isActive = (selection: Filters): boolean => FILTER_KEYS.some((key) => selection[key].length > 0);
