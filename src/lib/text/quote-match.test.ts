import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createExcerptFinder,
  createQuoteFinder,
  excerptPassages,
  letterheadSpans,
  normaliseWhitespace,
} from './quote-match';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const NOTE = readFileSync(
  new URL('../../../geo/sources/bilag-6.2-status-klyngernes-konsolidering.md', import.meta.url),
  'utf8',
);
const finder = createQuoteFinder(NOTE);

describe('normaliseWhitespace', () => {
  it('collapses runs of any whitespace and trims', () => {
    expect(normaliseWhitespace('  der\n\nunderstøtter \t x ')).toBe('der understøtter x');
  });
});

describe('quote finder on the real note', () => {
  it('accepts a sentence split by a page break', () => {
    expect(finder.occurs('Dette har givet nye medlemmer fra hele landet.')).toBe(true);
    expect(finder.occurs('brede og hvervende indsatser for at etablere relationer og skabe grundlag')).toBe(
      true,
    );
  });

  it('accepts markup exactly as the note has it, and nothing looser', () => {
    expect(finder.occurs('der reducerer CO<sub>2</sub>-udledningen.')).toBe(true);
    expect(finder.occurs('der reducerer CO2-udledningen.')).toBe(false);
  });

  it('finds exactly one letterhead block, short and between its markers', () => {
    const spans = letterheadSpans(NOTE);
    expect(spans).toHaveLength(1);
    const block = NOTE.slice(must(spans[0]).start, must(spans[0]).end);
    expect(block.startsWith('**ERHVERVSSTYRELSEN**')).toBe(true);
    expect(block.endsWith('**ERHVERVS MINISTERIET**')).toBe(true);
    expect(block).toContain('Vejlsovej 29');
  });

  it('accepts a sentence split by the letterhead and returns the two pieces either side of it', () => {
    const quote = 'Derudover har CLEAN intensiveret samarbejdet med innovationscentrene';
    const spans = finder.locate(quote);
    expect(spans).toHaveLength(2);
    expect(must(spans).map((s) => NOTE.slice(s.start, s.end))).toEqual([
      'Derudover',
      'har CLEAN intensiveret samarbejdet med innovationscentrene',
    ]);
  });

  it('still accepts text inside the letterhead verbatim (the rule adds a reading, it removes none)', () => {
    expect(finder.occurs('Vejlsovej 29 8600 Silkeborg')).toBe(true);
  });

  it('rejects near misses: a changed word, a dropped word, changed case or punctuation', () => {
    expect(finder.occurs('Derudover har CLEAN styrket samarbejdet med innovationscentrene')).toBe(false);
    expect(finder.occurs('Derudover CLEAN intensiveret samarbejdet')).toBe(false);
    expect(finder.occurs('derudover har CLEAN intensiveret')).toBe(false);
    expect(
      finder.occurs(
        'For nylig har klyngen desuden åbnet kontor i Roskilde og arbejder nu på en dedikeret klyngeindsats på Sjælland',
      ),
    ).toBe(true);
    expect(finder.occurs('For nylig har klyngen desuden åbnet kontor i Roskilde, og arbejder nu')).toBe(
      false,
    );
    expect(finder.occurs('')).toBe(false);
  });

  it('maps a match back to raw offsets so the reader can highlight it', () => {
    const spans = finder.locate('Klyngen overvejer muligheder for tilstedeværelse på Sjælland');
    expect(spans).toHaveLength(1);
    expect(NOTE.slice(must(must(spans)[0]).start, must(must(spans)[0]).end)).toBe(
      'Klyngen overvejer muligheder for tilstedeværelse på Sjælland',
    );
  });
});

describe('letterhead rule on a synthetic note', () => {
  it('does not bridge text between two far-apart marker words', () => {
    const filler = 'x '.repeat(400);
    const note = `A **ERHVERVSSTYRELSEN** ${filler} **ERHVERVS MINISTERIET** B`;
    expect(createQuoteFinder(note).occurs('A B')).toBe(false);
    expect(createQuoteFinder('A **ERHVERVSSTYRELSEN** short **ERHVERVS MINISTERIET** B').occurs('A B')).toBe(
      true,
    );
  });
});

describe('excerpt finder (sources stored as passages)', () => {
  const stored = [
    '# A page',
    '',
    '- Address: https://example.org/x',
    '',
    '> …mens hovedparten af ressourcerne deles imellem Fredericia,',
    '> Esbjerg og Sønderborg.',
    '',
    '> I Porthouse i Fredericia samles væsentlige ressourcer for Energy Clus[…]',
    '',
  ].join('\n');
  const excerpts = createExcerptFinder(stored);

  it('reads each quotation block as one passage, lines joined', () => {
    expect(excerptPassages(stored)).toEqual([
      '…mens hovedparten af ressourcerne deles imellem Fredericia, Esbjerg og Sønderborg.',
      'I Porthouse i Fredericia samles væsentlige ressourcer for Energy Clus[…]',
    ]);
  });

  it('finds a quote within one passage, cut marks as plain characters', () => {
    expect(
      excerpts.occurs('…mens hovedparten af ressourcerne deles imellem Fredericia, Esbjerg og Sønderborg.'),
    ).toBe(true);
    expect(excerpts.occurs('deles imellem Fredericia,\n Esbjerg')).toBe(true);
    expect(excerpts.occurs('for Energy Clus[…]')).toBe(true);
  });

  it('never joins two passages, never treats a cut mark as a wildcard, never quotes the header', () => {
    expect(excerpts.occurs('og Sønderborg. I Porthouse')).toBe(false);
    expect(excerpts.occurs('og Sønderborg. / I Porthouse')).toBe(false);
    expect(excerpts.occurs('for Energy Cluster Denmark')).toBe(false);
    expect(excerpts.occurs('mens hovedparten […] Sønderborg.')).toBe(false);
    expect(excerpts.occurs('https://example.org/x')).toBe(false);
    expect(excerpts.occurs('   ')).toBe(false);
  });
});
