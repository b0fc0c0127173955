import type { Span } from '@/lib/text/quote-match';

/** The inline markup the note uses: bold runs and `<sub>` (CO<sub>2</sub>). Anything else is text. */
export type InlineStyle = 'plain' | 'bold' | 'sub';

/** A run of text in one style; start/end are raw offsets of the visible text, markers excluded. */
export interface InlineToken extends Span {
  style: InlineStyle;
}

const MARKUP = /\*\*([^*]+)\*\*|<sub>([^<]*)<\/sub>/g;

export function tokenize(note: string, range: Span): InlineToken[] {
  const text = note.slice(range.start, range.end);
  const tokens: InlineToken[] = [];
  let cursor = 0;
  const push = (start: number, end: number, style: InlineStyle) => {
    if (end > start) tokens.push({ start: range.start + start, end: range.start + end, style });
  };
  for (const m of text.matchAll(MARKUP)) {
    push(cursor, m.index, 'plain');
    const inner = m[1] ?? m[2] ?? '';
    const open = m[1] !== undefined ? 2 : '<sub>'.length;
    push(m.index + open, m.index + open + inner.length, m[1] !== undefined ? 'bold' : 'sub');
    cursor = m.index + m[0].length;
  }
  push(cursor, text.length, 'plain');
  return tokens;
}
