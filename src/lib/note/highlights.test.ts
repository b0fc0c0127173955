import { describe, expect, it } from 'vitest';
import { NOTE } from '@/testing/test-files';
import { buildHighlights } from './highlights';

const textOf = (note: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => note.slice(r.start, r.end)).join(' | ');

describe('buildHighlights', () => {
  const note = 'Alfa beta gamma. Delta epsilon zeta. Eta theta.';

  it('gives each quote its own highlight and reports quotes the note lacks', () => {
    const { highlights, byQuote, missing } = buildHighlights(note, [
      'Alfa beta gamma.',
      'Eta theta.',
      'Omega.',
    ]);
    expect(highlights.map((h) => textOf(note, h.ranges))).toEqual(['Alfa beta gamma.', 'Eta theta.']);
    expect(byQuote.get('Eta theta.')).toEqual([1]);
    expect(missing).toEqual(['Omega.']);
  });

  it('merges facts that quote the same words into one highlight', () => {
    const { highlights } = buildHighlights(note, ['Eta theta.', 'Eta theta.']);
    expect(highlights).toHaveLength(1);
    expect(highlights[0]?.quotes).toEqual(['Eta theta.']);
  });

  it('cuts nested quotes into outer, shared and outer pieces', () => {
    const { highlights, byQuote } = buildHighlights(note, ['Delta epsilon zeta.', 'epsilon']);
    expect(highlights.map((h) => [textOf(note, h.ranges), h.quotes.length])).toEqual([
      ['Delta ', 1],
      ['epsilon', 2],
      [' zeta.', 1],
    ]);
    expect(byQuote.get('Delta epsilon zeta.')).toEqual([0, 1, 2]);
    expect(byQuote.get('epsilon')).toEqual([1]);
  });

  it('handles quotes that overlap without nesting', () => {
    const { highlights } = buildHighlights(note, ['Alfa beta gamma. Delta', 'gamma. Delta epsilon']);
    expect(highlights.map((h) => [textOf(note, h.ranges), h.quotes])).toEqual([
      ['Alfa beta ', ['Alfa beta gamma. Delta']],
      ['gamma. Delta', ['Alfa beta gamma. Delta', 'gamma. Delta epsilon']],
      [' epsilon', ['gamma. Delta epsilon']],
    ]);
  });

  it('keeps a sentence the letterhead splits as one highlight of two ranges', () => {
    const quote =
      'Derudover har CLEAN intensiveret samarbejdet med innovationscentrene mhp. at sikre stærke relationer og kontinuitet i internationale samarbejder.';
    const { highlights, missing } = buildHighlights(NOTE, [quote]);
    expect(missing).toEqual([]);
    expect(highlights).toHaveLength(1);
    expect(highlights[0]?.ranges.map((r) => NOTE.slice(r.start, r.end))).toEqual([
      'Derudover',
      quote.replace('Derudover ', ''),
    ]);
  });

  it('keeps a sentence a page break splits as one highlight', () => {
    const quote = 'Dette har givet nye medlemmer fra hele landet.';
    const { highlights } = buildHighlights(NOTE, [quote]);
    expect(highlights).toHaveLength(1);
    expect(NOTE.slice(highlights[0]?.ranges[0]?.start, highlights[0]?.ranges.at(-1)?.end)).toBe(
      'Dette har givet nye medlemmer fra\n\nhele landet.',
    );
  });
});
