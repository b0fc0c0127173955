import type { StateCreator } from 'zustand';
import type { BusinessAreaId, ErhvervshusCode, PresenceStatus, RegionCode } from '@/model/schema';
import { EMPTY_SELECTION, type BasisType, type Track } from '@/lib/filter/facets';
import type { AppState } from '../store';

/** The facet vocabularies live with the filter logic (src/lib/filter/facets.ts). */
export type { BasisType, Track };

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

export const EMPTY_FILTERS: Filters = EMPTY_SELECTION as Filters;

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
