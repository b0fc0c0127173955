import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type Drawer = 'filters' | 'details';
export type BorderLevel = 'region' | 'erhvervshus';
export type MapStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'unavailable'; message: string };

export interface UiSlice {
  /** Which panel is open as a bottom sheet at phone width; desktop shows both panels. */
  drawer: Drawer | null;
  openDrawer: (drawer: Drawer) => void;
  closeDrawer: () => void;
  borderLevel: BorderLevel;
  setBorderLevel: (level: BorderLevel) => void;
  mapStatus: MapStatus;
  setMapStatus: (status: MapStatus) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  drawer: null,
  openDrawer: (drawer) => set({ drawer }),
  closeDrawer: () => set({ drawer: null }),
  borderLevel: 'region',
  setBorderLevel: (borderLevel) => set({ borderLevel }),
  mapStatus: { kind: 'loading' },
  setMapStatus: (mapStatus) => set({ mapStatus }),
});
