import { createQuoteFinder, letterheadSpans, type QuoteFinder, type Span } from '@/lib/text/quote-match';

/**
 * A stretch of the note that the same set of quotes covers. Quotes may nest or overlap: the note is cut
 * at every quote boundary, so a sentence that two facts quote is one highlight carrying both quotes.
 */
export interface Highlight {
  id: number;
  /** The quotes covering it, in the order given. */
  quotes: string[];
  /** Raw ranges; more than one when the letterhead or a page break sits inside. */
  ranges: Span[];
}

export interface NoteHighlights {
  highlights: Highlight[];
  /** For each quote, its highlights in reading order: the first is where "show in source" lands. */
  byQuote: Map<string, number[]>;
  /** Quotes that do not occur in this note (another note version, or another source). */
  missing: string[];
}

export function buildHighlights(
  note: string,
  quotes: readonly string[],
  finder: QuoteFinder = createQuoteFinder(note),
): NoteHighlights {
  const distinct = [...new Set(quotes)];
  const located: { quote: string; spans: Span[] }[] = [];
  const missing: string[] = [];
  for (const quote of distinct) {
    const spans = finder.locate(quote);
    if (spans) located.push({ quote, spans });
    else missing.push(quote);
  }
  const cuts = [...new Set(located.flatMap((l) => l.spans.flatMap((s) => [s.start, s.end])))].sort(
    (a, b) => a - b,
  );
  const furniture = letterheadSpans(note);
  const bridgeable = (from: number, to: number) =>
    /^\s*$/.test(note.slice(from, to)) || furniture.some((f) => f.start >= from && f.end <= to);

  const highlights: Highlight[] = [];
  const byQuote = new Map<string, number[]>();
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = located.filter((l) => l.spans.some((s) => s.start <= start && s.end >= end));
    if (covering.length === 0 || /^\s*$/.test(note.slice(start, end))) continue;
    const key = covering.map((c) => c.quote);
    const last = highlights.at(-1);
    const lastRange = last?.ranges.at(-1);
    if (last && lastRange && sameList(last.quotes, key) && bridgeable(lastRange.end, start)) {
      if (lastRange.end === start) lastRange.end = end;
      else last.ranges.push({ start, end });
      continue;
    }
    const id = highlights.length;
    highlights.push({ id, quotes: key, ranges: [{ start, end }] });
    for (const quote of key) byQuote.set(quote, [...(byQuote.get(quote) ?? []), id]);
  }
  return { highlights, byQuote, missing };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
