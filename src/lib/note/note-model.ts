import type { Dataset } from '@/model/schema';
import { buildHighlights } from './highlights';
import { layOutNote, type LaidOutBlock } from './layout';
import { collectNoteFacts, type FactCategory, type NoteFact } from './note-facts';
import { parseNote } from './parse-note';
import { categoriesOf, targetsOf, type FactTarget } from './targets';

export interface HighlightInfo {
  id: number;
  facts: NoteFact[];
  /** Most specific first; the first styles the highlight. */
  categories: FactCategory[];
  targets: FactTarget[];
}

/** Everything the reader renders: the note's blocks with highlights, and what each highlight supports. */
export interface NoteModel {
  blocks: LaidOutBlock[];
  highlights: HighlightInfo[];
  /** Highlight ids per quote in reading order; the first is where "show in source" lands. */
  byQuote: Map<string, number[]>;
  /** Quotes of the dataset that this note does not contain (a different note version). */
  missing: string[];
}

export function buildNoteModel(
  note: string,
  dataset: Pick<Dataset, 'clusters' | 'presences'>,
  primaryId?: string,
): NoteModel {
  const facts = collectNoteFacts(dataset, primaryId);
  const { highlights, byQuote, missing } = buildHighlights(
    note,
    facts.map((f) => f.quote),
  );
  const clusterOfHeading = (text: string) => dataset.clusters.find((c) => c.heading === text)?.id ?? null;
  return {
    blocks: layOutNote(note, parseNote(note), highlights, clusterOfHeading),
    highlights: highlights.map((h) => {
      const supported = facts.filter((f) => h.quotes.includes(f.quote));
      return {
        id: h.id,
        facts: supported,
        categories: categoriesOf(supported),
        targets: targetsOf(supported),
      };
    }),
    byQuote,
    missing,
  };
}
