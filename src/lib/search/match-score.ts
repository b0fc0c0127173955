import { foldKey } from '../text/fold';
import { editDistance } from './edit-distance';

/** Lower is better; null is no match. */
export type Score = number | null;

/** A second, looser key: æ typed as "a" ("Sjalland", "Nastved"). Kept out of foldKey, see fold.ts. */
export const looseKey = (folded: string) => folded.replace(/ae/g, 'a');

/** Typos allowed for a query of this length: none for short ones, where they would match everything. */
const typoBudget = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * How well a folded query matches one folded key. Tiers: 0 the whole key · 1 the key's start ·
 * 2 a word's start · 3 inside the key · 4 the same with æ typed as "a" · 5 + typos, one or two
 * edits against the key or one of its words.
 */
export function scoreKey(query: string, key: string): Score {
  if (!query) return null;
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  if (query.length >= 3 && key.includes(query)) return 3;
  const lq = looseKey(query);
  const lk = looseKey(key);
  if (lk === lq || lk.startsWith(lq) || lk.includes(` ${lq}`)) return 4;
  const budget = typoBudget(query.length);
  if (budget === 0) return null;
  let best = Infinity;
  for (const candidate of [lk, ...lk.split(' '), ...prefixes(lk, lq.length)]) {
    best = Math.min(best, editDistance(lq, candidate, budget));
  }
  return best <= budget ? 5 + best : null;
}

/** Beginnings of the key's words as long as the query, so a half-typed word may hold a typo. */
function prefixes(key: string, length: number): string[] {
  return key
    .split(' ')
    .filter((word) => word.length > length)
    .map((word) => word.slice(0, length));
}

export const foldQuery = (query: string) => foldKey(query.slice(0, 200));
