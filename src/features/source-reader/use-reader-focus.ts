import { useEffect } from 'react';
import { readerOpener } from '@/state/slices/reader-slice';
import type { NoteModel } from '@/lib/note/note-model';
import { scrollBehavior } from './focus';
import { highlightDomId } from './highlight-mark';
import { READER_TITLE_ID } from './reader-header';

/**
 * Fact → source: once the note is laid out, scroll to the target sentence and put keyboard focus on it,
 * so a screen reader lands there. Following the map, it only scrolls. Opened without a target, focus
 * goes to the reader's heading; opened by no control at all (a shared link), focus stays put.
 */
export function useReaderFocus(
  model: NoteModel | null,
  current: number | null,
  target: { nonce: number; focus: boolean } | null,
) {
  const nonce = target?.nonce;
  const focus = target?.focus ?? false;
  useEffect(() => {
    if (!model) return;
    if (current === null) {
      if (nonce === undefined && readerOpener()) document.getElementById(READER_TITLE_ID)?.focus();
      return;
    }
    const element = document.getElementById(highlightDomId(current));
    if (focus) element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  }, [model, current, nonce, focus]);
}
