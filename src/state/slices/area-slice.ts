import type { StateCreator } from 'zustand';
import { MAX_COMPARED_AREAS, type AreaRef } from '@/model/area';
import type { Camera, FocusTarget } from '@/model/camera';
import { sameArea } from '@/lib/area/area-ref';
import type { AppState } from '../store';

export interface AreaSlice {
  /** The area whose profile the details panel shows, over the cluster and coverage panels. */
  selectedArea: AreaRef | null;
  /**
   * Where the camera was before the first area was framed: that view, or Denmark when the map had
   * not been moved. Closing the profile, by Escape or the browser's Back, flies back there.
   */
  areaReturn: FocusTarget | null;
  /** Areas to set side by side, in the order added, at most four. */
  compareAreas: AreaRef[];
  /** The side-by-side table is open in the details panel. */
  compareOpen: boolean;
  /** Opens an area's profile; the camera moves to it (a focus request the map resolves). */
  selectArea: (area: AreaRef, options?: { frame?: boolean }) => void;
  /** Closes the profile; the camera flies back to where it was unless the user goes on elsewhere. */
  clearArea: (options?: { returnCamera?: boolean }) => void;
  toggleCompared: (area: AreaRef) => void;
  setComparedAreas: (areas: AreaRef[]) => void;
  setCompareOpen: (open: boolean) => void;
}

/**
 * The flight back last started, and the settled camera it started from: a profile opened before that
 * flight has settled returns to the same place, not to the camera the flight is leaving. A moment of
 * the map, not app state, so it lives here beside the slice (as the reader's opener does).
 */
let returning: { target: FocusTarget; from: Camera | null } | null = null;

const returnTarget = (camera: Camera | null): FocusTarget =>
  camera ? { kind: 'view', ...camera } : { kind: 'denmark' };

export const createAreaSlice: StateCreator<AppState, [], [], AreaSlice> = (set, get) => ({
  selectedArea: null,
  areaReturn: null,
  compareAreas: [],
  compareOpen: false,
  selectArea: (area, { frame = true } = {}) => {
    const s = get();
    // A profile chosen while the comparison is open replaces it in the panel.
    if (!sameArea(s.selectedArea, area)) {
      const unsettled = returning && returning.from === s.camera ? returning.target : null;
      const areaReturn = s.areaReturn ?? unsettled ?? returnTarget(s.camera);
      set({ selectedArea: area, areaReturn, compareOpen: false });
    }
    if (frame) s.requestFocus({ kind: 'area', area });
  },
  clearArea: ({ returnCamera = true } = {}) => {
    const { areaReturn, requestFocus, camera } = get();
    set({ selectedArea: null, areaReturn: null });
    if (!areaReturn || !returnCamera) return;
    returning = { target: areaReturn, from: camera };
    requestFocus(areaReturn);
  },
  toggleCompared: (area) => {
    const list = get().compareAreas;
    const next = list.some((a) => sameArea(a, area))
      ? list.filter((a) => !sameArea(a, area))
      : [...list, area].slice(0, MAX_COMPARED_AREAS);
    set({ compareAreas: next, compareOpen: get().compareOpen && next.length > 0 });
  },
  setComparedAreas: (compareAreas) =>
    set({
      compareAreas: compareAreas.slice(0, MAX_COMPARED_AREAS),
      compareOpen: get().compareOpen && compareAreas.length > 0,
    }),
  setCompareOpen: (compareOpen) => set({ compareOpen: compareOpen && get().compareAreas.length > 0 }),
});
