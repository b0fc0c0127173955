import { create } from 'zustand';
import { createCameraSlice, type CameraSlice } from './slices/camera-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';

/** Shared UI state only: fetched data lives in react-query, shareable view state is mirrored to the URL. */
export type AppState = UiSlice & CameraSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createCameraSlice(...args),
}));
