/**
 * Finds a quote in the status note. Two rules, nothing else:
 * 1. Whitespace is normalised: any run of spaces, tabs and line breaks counts as one space, so page
 *    breaks that split a sentence ("der\n\nunderstøtter") do not matter.
 * 2. The Erhvervsstyrelsen letterhead that the PDF conversion dropped into the middle of CLEAN's
 *    section ("**ERHVERVSSTYRELSEN**Vejlsovej 29 … **ERHVERVS MINISTERIET**") is page furniture, not
 *    text: a quote also matches when that block is read as a single space. The block is recognised
 *    only between its two exact markers and only when short, so it can never swallow real content.
 * Case, punctuation, markup (e.g. "CO<sub>2</sub>") and Unicode form must match exactly.
 */

export const LETTERHEAD_PATTERN = /\*\*ERHVERVSSTYRELSEN\*\*[\s\S]{0,300}?\*\*ERHVERVS MINISTERIET\*\*/g;

export interface Span {
  start: number;
  end: number;
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Raw offsets of the letterhead blocks in the note. */
export function letterheadSpans(note: string): Span[] {
  return [...note.matchAll(LETTERHEAD_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

interface Projection {
  text: string;
  /** offsets[i] is the index in the raw note of text[i]. */
  offsets: number[];
}

/** The note with whitespace collapsed (and optionally the given spans read as whitespace), with a map back. */
function project(note: string, blank: Span[]): Projection {
  const chars: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < note.length; i++) {
    const span = blank.find((s) => i >= s.start && i < s.end);
    if (span || /\s/.test(note[i] as string)) {
      if (pendingSpace < 0) pendingSpace = i;
      if (span) i = span.end - 1;
      continue;
    }
    if (pendingSpace >= 0 && chars.length > 0) {
      chars.push(' ');
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    chars.push(note[i] as string);
    offsets.push(i);
  }
  return { text: chars.join(''), offsets };
}

function spansOf(note: string, projection: Projection, at: number, length: number, skipped: Span[]): Span[] {
  const start = projection.offsets[at] as number;
  const end = (projection.offsets[at + length - 1] as number) + 1;
  const pieces: Span[] = [];
  let cursor = start;
  for (const s of skipped.filter((s) => s.start >= start && s.end <= end)) {
    pieces.push({ start: cursor, end: s.start });
    cursor = s.end;
  }
  pieces.push({ start: cursor, end });
  // Drop the line breaks left either side of a skipped block so a highlight hugs the words.
  return pieces.map((s) => trimSpan(note, s)).filter((s) => s.end > s.start);
}

function trimSpan(note: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(note[start] as string)) start++;
  while (end > start && /\s/.test(note[end - 1] as string)) end--;
  return { start, end };
}

export interface QuoteFinder {
  /** Raw-note spans of the first occurrence (two or more when it straddles the letterhead), or null. */
  locate(quote: string): Span[] | null;
  occurs(quote: string): boolean;
}

/** Builds the two projections once; use it to check or highlight many quotes. */
export function createQuoteFinder(note: string): QuoteFinder {
  const letterheads = letterheadSpans(note);
  const plain = project(note, []);
  const withoutLetterhead = project(note, letterheads);
  const locate = (quote: string): Span[] | null => {
    const needle = normaliseWhitespace(quote);
    if (!needle) return null;
    const at = plain.text.indexOf(needle);
    if (at >= 0) return spansOf(note, plain, at, needle.length, []);
    const at2 = withoutLetterhead.text.indexOf(needle);
    if (at2 >= 0) return spansOf(note, withoutLetterhead, at2, needle.length, letterheads);
    return null;
  };
  return { locate, occurs: (quote) => locate(quote) !== null };
}

/**
 * The passages of a source stored as excerpts (geo/sources/beyond-the-note/): each quotation block
 * ("> …" lines) is one passage, whitespace normalised. Nothing outside them is quotable: the header
 * (title, address, date) is the register's, not the source's.
 */
export function excerptPassages(text: string): string[] {
  const passages: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const quoted = /^>\s?(.*)$/.exec(line);
    if (quoted) (current ??= []).push(quoted[1] as string);
    else if (current) {
      passages.push(normaliseWhitespace(current.join(' ')));
      current = null;
    }
  }
  if (current) passages.push(normaliseWhitespace(current.join(' ')));
  return passages.filter(Boolean);
}

/**
 * Finds a quote in a source stored as excerpts: it must lie within one passage (whitespace normalised,
 * nothing else). A quote that runs from one passage into the next is not found, so two quotes the notes
 * join with " / " stay two quotes, and cut marks ("…", "[…]") match only as the characters they are.
 */
export function createExcerptFinder(text: string): Pick<QuoteFinder, 'occurs'> {
  const passages = excerptPassages(text);
  return {
    occurs: (quote) => {
      const needle = normaliseWhitespace(quote);
      return needle.length > 0 && passages.some((p) => p.includes(needle));
    },
  };
}
