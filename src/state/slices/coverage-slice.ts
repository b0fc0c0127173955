import type { StateCreator } from 'zustand';
import type { CoverageMetric } from '@/lib/coverage/metrics';
import { AREA_LEVELS, type AreaLevel } from '@/lib/area/area-ref';
import type { RadiusKm } from '@/lib/coverage/radii';
import type { AppState } from '../store';

/** The levels src/lib/coverage counts at; one list so the URL, the panel and the CLI agree. */
export const COVERAGE_LEVELS = AREA_LEVELS;
export type CoverageLevel = AreaLevel;
export { COVERAGE_METRICS, type CoverageMetric } from '@/lib/coverage/metrics';
export { RADII_KM, type RadiusKm } from '@/lib/coverage/radii';

export interface CoverageSlice {
  coverageLevel: CoverageLevel;
  coverageMetric: CoverageMetric;
  /** false: only established presences count; true: opening, in progress, planned and considering too. */
  includeAnnounced: boolean;
  /** D of "residents beyond D km", for the residents metric, the headline and the distance table. */
  coverageRadius: RadiusKm;
  setCoverageLevel: (level: CoverageLevel) => void;
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
