import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** The map's two views: where clusters are (presences) and where they are not (coverage). */
export const VIEWS = ['presences', 'coverage'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewSlice {
  view: View;
  setView: (view: View) => void;
  /** Shown in an iframe (?embed=1): the map with its legend and title line, no panels, no header. */
  embed: boolean;
  setEmbed: (embed: boolean) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'presences',
  setView: (view) => set({ view }),
  embed: false,
  setEmbed: (embed) => set({ embed }),
});
