import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export const COVERAGE_LEVELS = ['region', 'erhvervshus', 'municipality'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];
/** clusters: how many clusters are present · distance: km to the nearest counted presence. */
export const COVERAGE_METRICS = ['clusters', 'distance'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

export interface CoverageSlice {
  coverageLevel: CoverageLevel;
  coverageMetric: CoverageMetric;
  /** false: only established presences count; true: opening, in progress, planned and considering too. */
  includeAnnounced: boolean;
  setCoverageLevel: (level: CoverageLevel) => void;
  setCoverageMetric: (metric: CoverageMetric) => void;
  setIncludeAnnounced: (value: boolean) => void;
}

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set) => ({
  coverageLevel: 'region',
  coverageMetric: 'clusters',
  includeAnnounced: false,
  setCoverageLevel: (coverageLevel) => set({ coverageLevel }),
  setCoverageMetric: (coverageMetric) => set({ coverageMetric }),
  setIncludeAnnounced: (includeAnnounced) => set({ includeAnnounced }),
});
