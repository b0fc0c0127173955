import type { StateCreator } from 'zustand';
import type { Camera, FocusTarget } from '@/model/camera';
import type { AppState } from '../store';

export interface CameraSlice {
  /** The camera the map last settled on; null until the map has been moved from the default view. */
  camera: Camera | null;
  setCamera: (camera: Camera | null) => void;
  /** Panels never touch the map: they post a request and src/map moves the camera. `nonce` makes a
   * repeated request for the same target move the map again. */
  focusRequest: (FocusTarget & { nonce: number }) | null;
  requestFocus: (target: FocusTarget) => void;
}

let nonce = 0;

export const createCameraSlice: StateCreator<AppState, [], [], CameraSlice> = (set) => ({
  camera: null,
  setCamera: (camera) => set({ camera }),
  focusRequest: null,
  requestFocus: (target) => set({ focusRequest: { ...target, nonce: ++nonce } }),
});
