import type { Span } from '@/lib/text/quote-match';
import type { Highlight } from './highlights';
import { tokenize, type InlineStyle } from './inline-tokens';
import type { NoteBlock } from './parse-note';

export interface Run {
  text: string;
  style: InlineStyle;
}

/** A piece of a block: plain text, or part of a highlight (`first`: the piece "show in source" lands on). */
export type Inline =
  { kind: 'text'; runs: Run[] } | { kind: 'highlight'; highlight: number; first: boolean; runs: Run[] };

export type LaidOutBlock =
  | {
      kind: 'heading';
      level: 'title' | 'section';
      text: string;
      /** The cluster whose section this heading opens, when the caller knows it. */
      clusterId: string | null;
      content: Inline[];
    }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'letterhead'; after: string | null };

interface MarkedRun extends Run {
  highlight: number | null;
}

/** Cuts a block's text at highlight edges; pieces of one paragraph are joined by a single space. */
type IdRange = Span & { id: number };

function markedRuns(note: string, pieces: Span[], ranges: IdRange[]): MarkedRun[] {
  const runs: MarkedRun[] = [];
  pieces.forEach((piece, p) => {
    const inPiece = ranges.filter((r) => r.start < piece.end && r.end > piece.start);
    if (p > 0) runs.push({ text: ' ', style: 'plain', highlight: null });
    for (const token of tokenize(note, piece)) {
      const cuts = new Set([token.start, token.end]);
      for (const r of inPiece) {
        if (r.start > token.start && r.start < token.end) cuts.add(r.start);
        if (r.end > token.start && r.end < token.end) cuts.add(r.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i < points.length - 1; i++) {
        const start = points[i] as number;
        const end = points[i + 1] as number;
        const hit = inPiece.find((r) => r.start <= start && r.end >= end);
        runs.push({ text: note.slice(start, end), style: token.style, highlight: hit?.id ?? null });
      }
    }
  });
  // A joining space belongs to a highlight that continues across it, so the mark reads as one sentence.
  runs.forEach((run, i) => {
    const before = runs[i - 1]?.highlight;
    if (run.text === ' ' && run.highlight === null && before != null && before === runs[i + 1]?.highlight)
      run.highlight = before;
  });
  return runs;
}

function group(runs: MarkedRun[], seen: Set<number>): Inline[] {
  const content: Inline[] = [];
  for (const { highlight, ...run } of runs) {
    const last = content.at(-1);
    const lastId = last?.kind === 'highlight' ? last.highlight : null;
    if (last && lastId === highlight) {
      last.runs.push(run);
    } else if (highlight === null) {
      content.push({ kind: 'text', runs: [run] });
    } else {
      content.push({ kind: 'highlight', highlight, first: !seen.has(highlight), runs: [run] });
      seen.add(highlight);
    }
  }
  return content;
}

export function layOutNote(
  note: string,
  blocks: NoteBlock[],
  highlights: Highlight[],
  clusterOfHeading: (text: string) => string | null = () => null,
): LaidOutBlock[] {
  const seen = new Set<number>();
  const ranges = highlights.flatMap((h) => h.ranges.map((r) => ({ ...r, id: h.id })));
  return blocks.map((block): LaidOutBlock => {
    if (block.kind === 'letterhead') return { kind: 'letterhead', after: block.after };
    if (block.kind === 'heading') {
      const content = group(markedRuns(note, [block.range], ranges), seen);
      const clusterId = block.level === 'section' ? clusterOfHeading(block.text) : null;
      return { kind: 'heading', level: block.level, text: block.text, clusterId, content };
    }
    return { kind: 'paragraph', content: group(markedRuns(note, block.pieces, ranges), seen) };
  });
}
