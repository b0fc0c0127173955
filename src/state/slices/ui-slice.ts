import type { StateCreator } from 'zustand';
import { SIDE_PANELS, type SidePanelId } from '@/model/view';
import type { AppState } from '../store';

export type Drawer = SidePanelId;
export type BorderLevel = 'region' | 'erhvervshus';
export type MapStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'unavailable'; message: string };

export interface UiSlice {
  /** Which panel is open as a bottom sheet at phone width; desktop shows both panels. */
  drawer: Drawer | null;
  openDrawer: (drawer: Drawer) => void;
  closeDrawer: () => void;
  /** Wide screens: the side panels folded to a rail, in SIDE_PANELS order (shareable, in the URL). */
  folded: readonly SidePanelId[];
  setFolded: (panel: SidePanelId, folded: boolean) => void;
  setFoldedPanels: (panels: readonly SidePanelId[]) => void;
  borderLevel: BorderLevel;
  setBorderLevel: (level: BorderLevel) => void;
  mapStatus: MapStatus;
  setMapStatus: (status: MapStatus) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  drawer: null,
  openDrawer: (drawer) => set({ drawer }),
  closeDrawer: () => set({ drawer: null }),
  folded: [],
  setFolded: (panel, fold) =>
    set((s) => ({ folded: SIDE_PANELS.filter((p) => (p === panel ? fold : s.folded.includes(p))) })),
  setFoldedPanels: (panels) => set({ folded: SIDE_PANELS.filter((p) => panels.includes(p)) }),
  borderLevel: 'region',
  setBorderLevel: (borderLevel) => set({ borderLevel }),
  mapStatus: { kind: 'loading' },
  setMapStatus: (mapStatus) => set({ mapStatus }),
});
