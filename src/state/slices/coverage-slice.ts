import type { StateCreator } from 'zustand';
import type { AreaLevel, CoverageMetric, RadiusKm } from '@/model/view';
import type { AppState } from '../store';

export interface CoverageSlice {
  coverageLevel: AreaLevel;
  coverageMetric: CoverageMetric;
  /** false: only established presences count; true: opening, in progress, planned and considering too. */
  includeAnnounced: boolean;
  /** D of "residents beyond D km", for the residents metric, the headline and the distance table. */
  coverageRadius: RadiusKm;
  setCoverageLevel: (level: AreaLevel) => void;
  setCoverageMetric: (metric: CoverageMetric) => void;
  setIncludeAnnounced: (value: boolean) => void;
  setCoverageRadius: (radius: RadiusKm) => void;
}

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set) => ({
  coverageLevel: 'region',
  coverageMetric: 'clusters',
  includeAnnounced: false,
  coverageRadius: 50,
  setCoverageLevel: (coverageLevel) => set({ coverageLevel }),
  setCoverageMetric: (coverageMetric) => set({ coverageMetric }),
  setIncludeAnnounced: (includeAnnounced) => set({ includeAnnounced }),
  setCoverageRadius: (coverageRadius) => set({ coverageRadius }),
});
