/**
 * Counts that MapLibre's clustering sums per aggregate (one per business area, and the analyst's
 * own), packed three to a number. Each clustered property costs the worker an expression evaluation
 * for every merge at every zoom level: fifteen of them were about a third of a filter change at
 * 20 000 presences (README "Performance"). A sum of packed numbers is the packing of the sums as long
 * as no count outgrows its bits, and 3 × 17 bits stay within a double's 53 exact ones.
 */
export const COUNT_BITS = 17;
export const COUNTS_PER_WORD = 3;
/** The largest count a slot holds; the import's row limit and the dataset stay far below it. */
export const MAX_PACKED_COUNT = 2 ** COUNT_BITS - 1;

/** Where slot `slot` lives: which number (word), and the factor its count is multiplied by. */
export function countSlot(slot: number): { word: number; scale: number } {
  return {
    word: Math.floor(slot / COUNTS_PER_WORD),
    scale: 2 ** (COUNT_BITS * (slot % COUNTS_PER_WORD)),
  };
}

/** How many numbers `slots` counts take. */
export const wordsFor = (slots: number): number => Math.ceil(slots / COUNTS_PER_WORD);

/** The count of one slot, read from its (summed) word. */
export function readCount(word: number, scale: number): number {
  return Math.floor(word / scale) % 2 ** COUNT_BITS;
}
