import type { StateCreator } from 'zustand';
import type { AreaRef } from '@/lib/area/area-ref';
import type { AppState } from '../store';

export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
}

/**
 * Panels never touch the map: they post a focus request and src/map moves the camera.
 * `nonce` makes a repeated request for the same target move the map again.
 */
export type FocusTarget =
  | { kind: 'denmark' }
  | { kind: 'point'; longitude: number; latitude: number; zoom?: number }
  | { kind: 'bounds'; bounds: [west: number, south: number, east: number, north: number] }
  /** An area of the base map, framed whole; the map looks up its outline. */
  | { kind: 'area'; area: AreaRef }
  /** Exactly this camera: where the user was before an area was framed. */
  | ({ kind: 'view' } & Camera);

export interface CameraSlice {
  /** The camera the map last settled on; null until the map has been moved from the default view. */
  camera: Camera | null;
  setCamera: (camera: Camera | null) => void;
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
