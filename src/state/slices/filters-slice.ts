import type { StateCreator } from 'zustand';
import type { BusinessAreaId, ErhvervshusCode, PresenceStatus, RegionCode } from '@/data/schema';
import type { AppState } from '../store';

/** national: one of the 10 established strengths · emerging: "spirende område". */
export type Track = 'national' | 'emerging';
/** stated / inferred come from the note; user marks presences an analyst imported. */
export type BasisType = 'stated' | 'inferred' | 'user';

/** Each facet holds the values the user ticked; an empty list means "no restriction". */
export interface Filters {
  businessAreas: BusinessAreaId[];
  clusters: string[];
  statuses: PresenceStatus[];
  regions: RegionCode[];
  erhvervshus: ErhvervshusCode[];
  tracks: Track[];
  bases: BasisType[];
}

export type FilterKey = keyof Filters;

export const EMPTY_FILTERS: Filters = {
  businessAreas: [],
  clusters: [],
  statuses: [],
  regions: [],
  erhvervshus: [],
  tracks: [],
  bases: [],
};

export interface FiltersSlice {
  filters: Filters;
  setFilters: (filters: Filters) => void;
  setFilterValues: <K extends FilterKey>(key: K, values: Filters[K]) => void;
  toggleFilterValue: <K extends FilterKey>(key: K, value: Filters[K][number]) => void;
  resetFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (filters) => set({ filters }),
  setFilterValues: (key, values) => set((s) => ({ filters: { ...s.filters, [key]: values } })),
  toggleFilterValue: (key, value) =>
    set((s) => {
      const current = s.filters[key] as readonly string[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});
