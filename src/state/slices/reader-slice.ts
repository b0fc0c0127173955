import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface ReaderSlice {
  /** The source reader panel (the status note beside the map). */
  readerOpen: boolean;
  /** The quote to scroll to and mark; `nonce` repeats a jump to the same quote. */
  readerTarget: { quote: string; nonce: number } | null;
  openReader: () => void;
  /** "Show in source": opens the reader at the sentence a fact quotes. */
  showInSource: (quote: string) => void;
  closeReader: () => void;
}

let nonce = 0;

export const createReaderSlice: StateCreator<AppState, [], [], ReaderSlice> = (set) => ({
  readerOpen: false,
  readerTarget: null,
  openReader: () => set({ readerOpen: true }),
  showInSource: (quote) => set({ readerOpen: true, readerTarget: { quote, nonce: ++nonce } }),
  closeReader: () => set({ readerOpen: false, readerTarget: null }),
});
