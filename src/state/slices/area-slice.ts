import type { StateCreator } from 'zustand';
import { MAX_COMPARED_AREAS } from '@/model/area';
import { sameArea } from '@/lib/area/area-ref';
import { type AreaRef } from '@/model/area';
import type { AppState } from '../store';
import type { Camera } from '@/model/camera';

export interface AreaSlice {
  /** The area whose profile the details panel shows, over the cluster and coverage panels. */
  selectedArea: AreaRef | null;
  /**
   * Where the camera was before the first area was framed (null camera: the default view of
   * Denmark). Closing the profile, by Escape or the browser's Back, flies back there.
   */
  areaReturn: { camera: Camera | null } | null;
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

export const createAreaSlice: StateCreator<AppState, [], [], AreaSlice> = (set, get) => ({
  selectedArea: null,
  areaReturn: null,
  compareAreas: [],
  compareOpen: false,
  selectArea: (area, { frame = true } = {}) => {
    const s = get();
    // A profile chosen while the comparison is open replaces it in the panel.
    if (!sameArea(s.selectedArea, area))
      set({ selectedArea: area, areaReturn: s.areaReturn ?? { camera: s.camera }, compareOpen: false });
    if (frame) s.requestFocus({ kind: 'area', area });
  },
  clearArea: ({ returnCamera = true } = {}) => {
    const { areaReturn, requestFocus } = get();
    set({ selectedArea: null, areaReturn: null });
    if (!areaReturn || !returnCamera) return;
    const { camera } = areaReturn;
    requestFocus(camera ? { kind: 'view', ...camera } : { kind: 'denmark' });
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
