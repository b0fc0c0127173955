import type { StateCreator } from 'zustand';
import type { View } from '@/model/view';
import type { AppState } from '../store';

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
