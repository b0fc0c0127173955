import { describe, expect, it } from 'vitest';
import { NOTE } from '@/testing/test-files';
import { buildHighlights } from './highlights';
import { layOutNote, type Inline, type LaidOutBlock } from './layout';
import { parseNote } from './parse-note';

const plain = (content: Inline[]) => content.map((i) => i.runs.map((r) => r.text).join('')).join('');
const marked = (content: Inline[]) =>
  content.filter((i) => i.kind === 'highlight').map((i) => i.runs.map((r) => r.text).join(''));

function layOut(note: string, quotes: string[]): LaidOutBlock[] {
  return layOutNote(note, parseNote(note), buildHighlights(note, quotes).highlights, (t) =>
    t.startsWith('Område') ? 'klynge-a' : null,
  );
}

describe('layOutNote', () => {
  const note = [
    '**Titel**',
    '',
    '**Område: Klynge A**',
    '',
    'Første sætning. Anden sætning, der',
    '',
    'reducerer CO<sub>2</sub>-udledningen. Tredje.',
  ].join('\n');

  it('marks a highlight across a page break and markup as one piece, keeping <sub> a style', () => {
    const blocks = layOut(note, ['Anden sætning, der reducerer CO<sub>2</sub>-udledningen.']);
    const paragraph = blocks[2];
    if (paragraph?.kind !== 'paragraph') throw new Error('expected a paragraph');
    expect(plain(paragraph.content)).toBe(
      'Første sætning. Anden sætning, der reducerer CO2-udledningen. Tredje.',
    );
    expect(marked(paragraph.content)).toEqual(['Anden sætning, der reducerer CO2-udledningen.']);
    const mark = paragraph.content.find((i) => i.kind === 'highlight');
    expect(mark?.runs.filter((r) => r.style === 'sub').map((r) => r.text)).toEqual(['2']);
    expect(mark).toMatchObject({ first: true });
  });

  it('names the cluster a section heading opens and highlights a quoted heading', () => {
    const blocks = layOut(note, ['Område: Klynge A']);
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 'section', clusterId: 'klynge-a' });
    if (blocks[1]?.kind !== 'heading') throw new Error('expected a heading');
    expect(marked(blocks[1].content)).toEqual(['Område: Klynge A']);
  });

  it('reads the letterhead-split CLEAN sentence whole, in one mark, with the letterhead as its own block', () => {
    const quote =
      'Derudover har CLEAN intensiveret samarbejdet med innovationscentrene mhp. at sikre stærke relationer og kontinuitet i internationale samarbejder.';
    const blocks = layOut(NOTE, [quote]);
    const at = blocks.findIndex((b) => b.kind === 'letterhead');
    const paragraph = blocks[at - 1];
    if (paragraph?.kind !== 'paragraph') throw new Error('expected a paragraph');
    expect(marked(paragraph.content)).toEqual([quote]);
    expect(plain(paragraph.content)).not.toMatch(/ERHVERVS|Vejlsovej/);
  });
});
