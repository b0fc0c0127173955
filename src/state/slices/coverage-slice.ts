import type { StateCreator } from 'zustand';
import type { AreaLevel, CoverageMetric } from '@/model/view';
import type { AppState } from '../store';

export interface CoverageSlice {
  coverageLevel: AreaLevel;
  coverageMetric: CoverageMetric;
  /** false: only established presences count; true: opening, in progress, planned and considering too. */
  includeAnnounced: boolean;
  setCoverageLevel: (level: AreaLevel) => void;
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
