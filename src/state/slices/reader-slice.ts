import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface ReaderSlice {
  /** The source reader panel (the status note beside the map). */
  readerOpen: boolean;
  /**
   * The sentence to scroll to and mark as current; `nonce` repeats a jump to the same quote.
   * Kept when the reader is left for a fact, so reopening it returns to that sentence. `focus`: move
   * keyboard focus there too (a jump the user asked for), or only scroll (following the map).
   */
  readerTarget: { quote: string; nonce: number; focus: boolean } | null;
  openReader: () => void;
  /** "Show in source": opens the reader at the sentence a fact quotes. */
  showInSource: (quote: string) => void;
  closeReader: () => void;
  /** Source → fact: closes the reader to show what a sentence supports, remembering the sentence. */
  leaveReaderAt: (quote: string) => void;
  /** The open reader follows a selection made elsewhere (the map, the list) without taking focus. */
  followInReader: (quote: string) => void;
}

let nonce = 0;
/**
 * The control that opened the reader, so closing it can hand focus back. A DOM node is not app state,
 * so it lives here beside the slice and never in the store or the URL.
 */
let opener: HTMLElement | null = null;

function rememberOpener() {
  if (typeof document === 'undefined') return;
  const active = document.activeElement;
  opener = active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Where focus goes back to when the reader closes: the opener if it is still on the page. */
export const readerOpener = (): HTMLElement | null => (opener?.isConnected ? opener : null);

export const createReaderSlice: StateCreator<AppState, [], [], ReaderSlice> = (set) => ({
  readerOpen: false,
  readerTarget: null,
  openReader: () => {
    rememberOpener();
    set({ readerOpen: true });
  },
  showInSource: (quote) => {
    rememberOpener();
    set({ readerOpen: true, readerTarget: { quote, nonce: ++nonce, focus: true } });
  },
  closeReader: () => set({ readerOpen: false, readerTarget: null }),
  leaveReaderAt: (quote) => set({ readerOpen: false, readerTarget: { quote, nonce: ++nonce, focus: true } }),
  followInReader: (quote) =>
    set((s) => (s.readerOpen ? { readerTarget: { quote, nonce: ++nonce, focus: false } } : {})),
});
