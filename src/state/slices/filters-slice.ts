import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type FilterKey, type Filters } from '@/model/filters';
import type { AppState } from '../store';

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
      const current: readonly string[] = s.filters[key];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});
