import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface SelectionSlice {
  /** The cluster whose panel is open; null shows the status overview. */
  selectedClusterId: string | null;
  /** The presence highlighted on the map; when set, its cluster is selected too. */
  selectedPresenceId: string | null;
  selectCluster: (clusterId: string | null) => void;
  selectPresence: (presenceId: string, clusterId: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedClusterId: null,
  selectedPresenceId: null,
  selectCluster: (selectedClusterId) => set({ selectedClusterId, selectedPresenceId: null }),
  selectPresence: (selectedPresenceId, selectedClusterId) => set({ selectedPresenceId, selectedClusterId }),
  clearSelection: () => set({ selectedClusterId: null, selectedPresenceId: null }),
});
