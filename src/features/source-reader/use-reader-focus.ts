import { useEffect } from 'react';
import { readerOpener } from '@/state/slices/reader-slice';
import type { NoteModel } from '@/lib/note/note-model';
import { scrollBehavior } from './focus';
import { highlightDomId } from './highlight-mark';
import { READER_TITLE_ID } from './reader-header';

/**
 * Fact → source: once the note is laid out, scroll to the target sentence and put keyboard focus on it,
 * so a screen reader lands there. Opened without a target, focus goes to the reader's heading. Opened
 * by no control at all (a shared link), focus stays where the user is.
 */
export function useReaderFocus(model: NoteModel | null, current: number | null, nonce: number | undefined) {
  useEffect(() => {
    if (!model) return;
    if (current === null) {
      if (nonce === undefined && readerOpener()) document.getElementById(READER_TITLE_ID)?.focus();
      return;
    }
    const target = document.getElementById(highlightDomId(current));
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  }, [model, current, nonce]);
}
