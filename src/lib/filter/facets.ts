import {
  BUSINESS_AREA_IDS,
  ERHVERVSHUS_CODES,
  PRESENCE_STATUSES,
  REGION_CODES,
  type BusinessAreaId,
  type ErhvervshusCode,
  type PresenceStatus,
  type RegionCode,
} from '@/model/schema';

/** national: one of the ten established strengths · emerging: "spirende område". */
export const TRACKS = ['national', 'emerging'] as const;
/** stated / inferred come from the note; user marks presences an analyst imported. */
export const BASES = ['stated', 'inferred', 'user'] as const;

export type Track = (typeof TRACKS)[number];
export type BasisType = (typeof BASES)[number];

/**
 * The filter facets and every value each can take, in display order. Mirrors `Filters` in
 * src/state/slices/filters-slice.ts (lib may not import state; the shapes are checked where they meet).
 */
export interface FacetSelection {
  businessAreas: readonly BusinessAreaId[];
  clusters: readonly string[];
  statuses: readonly PresenceStatus[];
  regions: readonly RegionCode[];
  erhvervshus: readonly ErhvervshusCode[];
  tracks: readonly Track[];
  bases: readonly BasisType[];
}

export type FacetKey = keyof FacetSelection;

export const FACET_KEYS = [
  'businessAreas',
  'clusters',
  'statuses',
  'regions',
  'erhvervshus',
  'tracks',
  'bases',
] as const satisfies readonly FacetKey[];

/** The closed vocabularies; clusters are open (they come from the dataset). */
export const FACET_VALUES = {
  businessAreas: BUSINESS_AREA_IDS,
  statuses: PRESENCE_STATUSES,
  regions: REGION_CODES,
  erhvervshus: ERHVERVSHUS_CODES,
  tracks: TRACKS,
  bases: BASES,
} as const satisfies Record<Exclude<FacetKey, 'clusters'>, readonly string[]>;

export const EMPTY_SELECTION: FacetSelection = {
  businessAreas: [],
  clusters: [],
  statuses: [],
  regions: [],
  erhvervshus: [],
  tracks: [],
  bases: [],
};

/** Every value an item carries for each facet; region and erhvervshus may hold several. */
export type FacetValues = { [K in FacetKey]: readonly FacetSelection[K][number][] };

export const isActive = (selection: FacetSelection): boolean =>
  FACET_KEYS.some((key) => selection[key].length > 0);
