import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

describe('reader slice', () => {
  beforeEach(() => useAppStore.setState({ readerOpen: false, readerTarget: null }));

  it('"show in source" opens the reader at the quote, focusing it; a repeat jumps again', () => {
    state().showInSource('A.');
    expect(state().readerOpen).toBe(true);
    expect(state().readerTarget).toMatchObject({ quote: 'A.', focus: true });
    const first = state().readerTarget?.nonce;
    state().showInSource('A.');
    expect(state().readerTarget?.nonce).not.toBe(first);
  });

  it('closing forgets the sentence; leaving for a fact remembers it for the next opening', () => {
    state().showInSource('A.');
    state().closeReader();
    expect(state()).toMatchObject({ readerOpen: false, readerTarget: null });
    state().openReader();
    state().leaveReaderAt('B.');
    expect(state()).toMatchObject({ readerOpen: false, readerTarget: { quote: 'B.', focus: true } });
    state().openReader();
    expect(state()).toMatchObject({ readerOpen: true, readerTarget: { quote: 'B.' } });
  });

  it('follows a selection only while open, and without taking focus', () => {
    state().followInReader('C.');
    expect(state().readerTarget).toBeNull();
    state().openReader();
    state().followInReader('C.');
    expect(state().readerTarget).toMatchObject({ quote: 'C.', focus: false });
  });
});
