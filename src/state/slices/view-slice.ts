import type { StateCreator } from 'zustand';
import type { View } from '@/model/view';
import type { AppState } from '../store';

export interface ViewSlice {
  view: View;
  setView: (view: View) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'presences',
  setView: (view) => set({ view }),
});
