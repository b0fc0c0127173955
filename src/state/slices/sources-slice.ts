import type { StateCreator } from 'zustand';
import type { SourceMode } from '@/model/schema';
import { DEFAULT_AS_OF } from '@/model/as-of-presets';
import type { AsOf } from '@/model/fact-date';
import type { AppState } from '../store';

/**
 * Which sources the map shows and at which date; mirrored to the URL (sources, date, since). The
 * presences every view shows follow from these through src/lib/history/presences-as-of.ts.
 */
export interface SourcesSlice {
  sourceMode: SourceMode;
  /** "Status pr.": the chosen date, used with every source only (the note has its own date). */
  asOf: AsOf;
  /** "Hvad er ændret": compare from this day to `asOf`; null when the comparison is closed. */
  changesSince: string | null;
  setSourceMode: (mode: SourceMode) => void;
  setAsOf: (asOf: AsOf) => void;
  openChanges: (since: string) => void;
  closeChanges: () => void;
}

export const createSourcesSlice: StateCreator<AppState, [], [], SourcesSlice> = (set) => ({
  sourceMode: 'note',
  asOf: DEFAULT_AS_OF,
  changesSince: null,
  // The comparison is between dates of every source: the note alone closes it.
  setSourceMode: (sourceMode) =>
    set((s) => ({ sourceMode, changesSince: sourceMode === 'note' ? null : s.changesSince })),
  setAsOf: (asOf) => set({ asOf }),
  openChanges: (changesSince) => set({ sourceMode: 'all', changesSince }),
  closeChanges: () => set({ changesSince: null }),
});
