import { describe, expect, it } from 'vitest';
import { NOTE } from '@/testing/test-files';
import { parseNote, type NoteBlock } from './parse-note';

const text = (note: string, block: NoteBlock) =>
  block.kind === 'paragraph'
    ? block.pieces.map((p) => note.slice(p.start, p.end)).join(' ')
    : block.kind === 'heading'
      ? note.slice(block.range.start, block.range.end)
      : note.slice(block.span.start, block.span.end);

describe('parseNote on a small note', () => {
  const note = [
    '**Titel**',
    '',
    'Første afsnit.',
    '',
    '### **Område: Klynge A**',
    '',
    'En sætning som et sideskift deler, der',
    '',
    'understøtter noget. Og CO<sub>2</sub>.',
    '',
    'Nyt afsnit.',
  ].join('\n');
  const blocks = parseNote(note);

  it('reads headings of both markups, with the text between the bold markers as range', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 'title', text: 'Titel' });
    expect(blocks[2]).toMatchObject({ kind: 'heading', level: 'section', text: 'Område: Klynge A' });
    expect(text(note, blocks[2] as NoteBlock)).toBe('Område: Klynge A');
  });

  it('joins a paragraph a page break split (no sentence end, lower-case continuation)', () => {
    expect(text(note, blocks[3] as NoteBlock)).toBe(
      'En sætning som et sideskift deler, der understøtter noget. Og CO<sub>2</sub>.',
    );
  });

  it('keeps paragraphs apart after a full stop', () => {
    expect(text(note, blocks[4] as NoteBlock)).toBe('Nyt afsnit.');
  });
});

describe('parseNote on the status note', () => {
  const blocks = parseNote(NOTE);
  const headings = blocks.filter((b) => b.kind === 'heading');
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');

  it('finds the title and the 14 cluster sections', () => {
    expect(headings.filter((h) => h.level === 'title').map((h) => h.text)).toEqual([
      'Bilag 6.2: Status på klyngernes konsolidering og aktiviteter',
    ]);
    expect(headings.filter((h) => h.level === 'section')).toHaveLength(14);
  });

  it('leaves the letterhead out of the text and marks it after the paragraph it split', () => {
    const at = blocks.findIndex((b) => b.kind === 'letterhead');
    const letterhead = blocks[at];
    expect(letterhead).toMatchObject({ kind: 'letterhead', after: 'Derudover' });
    expect(text(NOTE, letterhead as NoteBlock)).toContain('Vejlsovej 29');
    const joined = text(NOTE, blocks[at - 1] as NoteBlock);
    expect(joined).toContain('Derudover har CLEAN intensiveret samarbejdet med innovationscentrene');
    expect(joined).not.toContain('ERHVERVSSTYRELSEN');
    expect(paragraphs.some((p) => text(NOTE, p).includes('Vejlsovej'))).toBe(false);
  });

  it('joins every sentence a page break split', () => {
    const all = paragraphs.map((p) => text(NOTE, p));
    for (const seam of [
      'der understøtter forbedringer',
      'og skabe grundlag for dybere samarbejde',
      'arbejder klyngen med digitale løsninger',
      'nye medlemmer fra hele landet',
      'hvor der særligt er fokus på grøn omstilling',
    ]) {
      expect(
        all.filter((p) => p.includes(seam)),
        seam,
      ).toHaveLength(1);
    }
  });

  it('keeps all of the note’s words: every non-blank character outside the letterhead is in a block', () => {
    const covered = new Set<number>();
    for (const b of blocks) {
      const spans = b.kind === 'paragraph' ? b.pieces : b.kind === 'heading' ? [b.range] : [b.span];
      for (const s of spans) for (let i = s.start; i < s.end; i++) covered.add(i);
    }
    const lost = [...NOTE].filter((ch, i) => /\S/.test(ch) && !covered.has(i) && ch !== '*' && ch !== '#');
    expect(lost).toEqual([]);
  });

  it('starts every paragraph with a capital (a lower-case start would be an unjoined page break)', () => {
    for (const p of paragraphs) expect(text(NOTE, p)).toMatch(/^\p{Lu}/u);
  });
});
