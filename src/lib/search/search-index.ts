import { foldQuery, scoreKey } from './match-score';
import { ENTRY_KINDS, type SearchEntry } from './search-entries';
import { nameVariants } from './synonyms';

export interface SearchIndex {
  entries: readonly { entry: SearchEntry; keys: string[] }[];
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** Folds every name once and adds its synonym spellings, so a search only compares strings. */
export function createSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return {
    entries: entries.map((entry) => ({ entry, keys: [...new Set(entry.names.flatMap(nameVariants))] })),
  };
}

const KIND_RANK = new Map(ENTRY_KINDS.map((kind, i) => [kind, i]));

/**
 * The best matches for what the user typed, forgiving Danish letters, English names and small
 * typos (see match-score.ts). Ordered by how well they match, then clusters before places before
 * areas before municipalities, then by name.
 */
export function search(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const folded = foldQuery(query);
  if (!folded) return [];
  const hits: SearchHit[] = [];
  for (const { entry, keys } of index.entries) {
    let best: number | null = null;
    for (const key of keys) {
      const score = scoreKey(folded, key);
      if (score !== null && (best === null || score < best)) best = score;
      if (best === 0) break;
    }
    if (best !== null) hits.push({ entry, score: best });
  }
  return hits
    .sort(
      (a, b) =>
        a.score - b.score ||
        (KIND_RANK.get(a.entry.kind) ?? 0) - (KIND_RANK.get(b.entry.kind) ?? 0) ||
        a.entry.label.da.localeCompare(b.entry.label.da, 'da'),
    )
    .slice(0, limit);
}
