import { parseNoteOutline } from '@/lib/text/note-headings';
import { letterheadSpans, type Span } from '@/lib/text/quote-match';

/**
 * The note as typed blocks with raw offsets, so highlights (also raw offsets) can be laid over the text
 * and nothing is ever rendered from an HTML string.
 */
export type NoteBlock =
  | { kind: 'heading'; level: 'title' | 'section'; text: string; range: Span }
  /** One paragraph as the reader sees it: several raw pieces when a page break or the letterhead split it. */
  | { kind: 'paragraph'; pieces: Span[] }
  /** Where the Erhvervsstyrelsen letterhead was left out; `after` is the word it followed. */
  | { kind: 'letterhead'; span: Span; after: string | null };

type RawBlock = { kind: 'text' | 'letterhead'; span: Span };

const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;
/** A page break never falls after a sentence's end, and the text it cuts resumes in lower case. */
const SENTENCE_END = /[.!?:]["'»”)]*$/;
const STARTS_LOWER = /^\p{Ll}/u;

function trim(note: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(note[start] as string)) start++;
  while (end > start && /\s/.test(note[end - 1] as string)) end--;
  return { start, end };
}

/** Blank-line separated blocks, with each letterhead cut out as a block of its own. */
function rawBlocks(note: string): RawBlock[] {
  const cuts: Span[] = [];
  let start = 0;
  for (const m of note.matchAll(BLANK_LINE)) {
    cuts.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  cuts.push({ start, end: note.length });
  const letterheads = letterheadSpans(note);
  const blocks: RawBlock[] = [];
  for (const cut of cuts) {
    let cursor = cut.start;
    for (const lh of letterheads.filter((l) => l.start >= cut.start && l.end <= cut.end)) {
      blocks.push({ kind: 'text', span: trim(note, { start: cursor, end: lh.start }) });
      blocks.push({ kind: 'letterhead', span: lh });
      cursor = lh.end;
    }
    blocks.push({ kind: 'text', span: trim(note, { start: cursor, end: cut.end }) });
  }
  return blocks.filter((b) => b.span.end > b.span.start);
}

/** 1-based line of each offset, from the offsets where lines start. */
function lineFinder(note: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < note.length; i++) if (note[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function headingRange(note: string, span: Span): Span {
  const raw = note.slice(span.start, span.end);
  return { start: span.start + raw.indexOf('**') + 2, end: span.start + raw.lastIndexOf('**') };
}

export function parseNote(note: string): NoteBlock[] {
  const outline = parseNoteOutline(note);
  const headingLines = new Map([outline.title, ...outline.sections].map((h) => [h.line, h.text]));
  const lineOf = lineFinder(note);
  const blocks: NoteBlock[] = [];
  let open: { kind: 'paragraph'; pieces: Span[] } | null = null;
  let pending: RawBlock[] = [];
  const flush = () => {
    for (const lh of pending) blocks.push({ kind: 'letterhead', span: lh.span, after: null });
    pending = [];
  };
  for (const block of rawBlocks(note)) {
    const text = note.slice(block.span.start, block.span.end);
    if (block.kind === 'letterhead') {
      if (open) pending.push(block);
      else blocks.push({ kind: 'letterhead', span: block.span, after: null });
      continue;
    }
    const line = lineOf(block.span.start);
    const heading = !text.includes('\n') ? headingLines.get(line) : undefined;
    if (heading !== undefined) {
      open = null;
      flush();
      const level = line === outline.title.line ? 'title' : 'section';
      blocks.push({ kind: 'heading', level, text: heading, range: headingRange(note, block.span) });
      continue;
    }
    const last = open?.pieces.at(-1);
    if (open && last && !SENTENCE_END.test(note.slice(last.start, last.end)) && STARTS_LOWER.test(text)) {
      open.pieces.push(block.span);
      const after = /(\S+)$/.exec(note.slice(last.start, last.end))?.[1] ?? null;
      for (const lh of pending) blocks.push({ kind: 'letterhead', span: lh.span, after });
      pending = [];
      continue;
    }
    flush();
    open = { kind: 'paragraph', pieces: [block.span] };
    blocks.push(open);
  }
  flush();
  return blocks;
}
