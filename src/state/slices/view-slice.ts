import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** The map's two views: where clusters are (presences) and where they are not (coverage). */
export const VIEWS = ['presences', 'coverage'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewSlice {
  view: View;
  setView: (view: View) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'presences',
  setView: (view) => set({ view }),
});
