import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from '@/lib/import/import-file';
import { countSlot, MAX_PACKED_COUNT, readCount, wordsFor } from './packed-counts';

/** Packs counts the way the clustered source's map expressions do, one point at a time, and sums. */
function packedSum(counts: number[]): number[] {
  const words = new Array<number>(wordsFor(counts.length)).fill(0);
  counts.forEach((count, slot) => {
    const { word, scale } = countSlot(slot);
    for (let i = 0; i < count; i++) words[word] = (words[word] ?? 0) + scale;
  });
  return words;
}

describe('packed counts', () => {
  it('puts three slots in a number, the next three in the next', () => {
    expect([0, 1, 2, 3, 14].map(countSlot)).toEqual([
      { word: 0, scale: 1 },
      { word: 0, scale: 2 ** 17 },
      { word: 0, scale: 2 ** 34 },
      { word: 1, scale: 1 },
      { word: 4, scale: 2 ** 34 },
    ]);
    expect(wordsFor(15)).toBe(5);
  });

  it('reads back every count from the summed numbers, up to the largest a slot holds', () => {
    const counts = [0, 1, 2, 17, 255, 4096, MAX_PACKED_COUNT, 3, 0, 999, 1, 60_000, 7, 131_000, 50_000];
    const words = packedSum(counts.map((c) => Math.min(c, 300)));
    counts.forEach((count, slot) => {
      const { word, scale } = countSlot(slot);
      expect(readCount(words[word] ?? 0, scale)).toBe(Math.min(count, 300));
    });
    // Large counts, summed in one step as MapLibre's reduce does with whole aggregates.
    const big = counts.map((count, slot) => count * countSlot(slot).scale);
    counts.forEach((count, slot) => {
      const { word, scale } = countSlot(slot);
      const sum = big.filter((_, s) => countSlot(s).word === word).reduce((a, b) => a + b, 0);
      expect(Number.isSafeInteger(sum)).toBe(true);
      expect(readCount(sum, scale)).toBe(count);
    });
  });

  it('holds more than an import can bring, with the note beside it', () => {
    expect(MAX_ROWS + 1000).toBeLessThan(MAX_PACKED_COUNT);
  });
});
