/**
 * Provenance of the facts beyond the note: each stored passage is copied from the research notes, each
 * quote lies within one passage of its stored source, and each place occurs in its quote.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createExcerptFinder,
  createQuoteFinder,
  excerptPassages,
  normaliseWhitespace,
} from '../../../src/lib/text/quote-match';
import { checkProvenance } from './check-provenance';
import {
  cutMarkProblem,
  datasetSchema,
  historySchema,
  sourcesFileSchema,
} from '../../../src/model/dataset-schema';
import {
  datasetJson,
  FACTS_RESEARCH,
  historyJson,
  NOTE,
  PRIMARY,
  sourcesJson,
  sourceText,
} from '../../../src/testing/test-files';

const registry = sourcesFileSchema.parse(sourcesJson());
const dataset = datasetSchema.parse(datasetJson());
const history = historySchema.parse(historyJson());
const excerptSources = registry.sources.filter((s) => s.text === 'excerpts');
const texts = Object.fromEntries(registry.sources.map((s) => [s.id, sourceText(s.file)]));
const sources = { primary: PRIMARY, texts, excerpts: new Set(excerptSources.map((s) => s.id)) };
const research = normaliseWhitespace(FACTS_RESEARCH);

describe('the stored sources', () => {
  it('are exactly the registered ones, and the note is the only one stored whole', () => {
    const stored = readdirSync(new URL('../../sources/beyond-the-note/', import.meta.url)).map(
      (f) => `beyond-the-note/${f}`,
    );
    expect(excerptSources.map((s) => s.file).sort()).toEqual(stored.sort());
    expect(registry.sources.filter((s) => s.text === 'full').map((s) => s.id)).toEqual([PRIMARY]);
  });

  it.each(excerptSources.map((s) => [s.id, s] as const))(
    '%s: passages copied from the research notes',
    (_id, s) => {
      const text = sourceText(s.file);
      const passages = excerptPassages(text);
      expect(passages.length).toBeGreaterThan(0);
      expect(text).toContain(s.url ?? '');
      for (const passage of passages) {
        expect(research.includes(passage), passage).toBe(true);
        expect(cutMarkProblem(passage), passage).toBeNull();
      }
    },
  );
});

describe('every quote beyond the note', () => {
  const records = [...history.observations, ...history.facts];

  it.each(records.map((r) => [r.id, r] as const))('%s lies within one passage of its source', (_id, r) => {
    const source = registry.sources.find((s) => s.id === r.source);
    expect(source).toBeDefined();
    const finder =
      source?.text === 'full' ? createQuoteFinder(NOTE) : createExcerptFinder(sourceText(source?.file ?? ''));
    expect(finder.occurs(r.quote), r.quote).toBe(true);
    expect(cutMarkProblem(r.quote)).toBeNull();
  });

  it('holds for the hand-authored files and the built history alike, with no other problems', () => {
    expect(checkProvenance(history, sources, 'h')).toEqual([]);
    expect(history.sources.map((s) => s.id).sort()).toEqual(excerptSources.map((s) => s.id).sort());
    expect(dataset.sources.map((s) => s.id)).toEqual([PRIMARY]);
  });
});

describe('checkProvenance catches what a source does not say', () => {
  const patched = (id: string, patch: Record<string, unknown>) => ({
    observations: history.observations.map((o) => (o.id === id ? { ...o, ...patch } : o)),
  });

  it('a changed quote, a place not in its quote, two passages joined into one quote', () => {
    const problems = (patch: Record<string, unknown>) =>
      checkProvenance(patched('e04-fredericia', patch), sources, 'h').map((p) => `${p.field}: ${p.reason}`);
    expect(problems({ quote: 'I Porthouse i Fredericia samles alle ressourcer for Energy Clus[…]' })).toEqual(
      [
        'quote: not found in source "ehsyd-2020-10-08": "I Porthouse i Fredericia samles alle ressourcer for Energy Clus[…]"',
      ],
    );
    expect(problems({ place: 'Kolding' })).toEqual(['place: "Kolding" does not occur in its quote']);
    const two = `${observation('e04-soenderborg').quote} ${observation('e04-fredericia').quote}`;
    expect(problems({ quote: two })[0]).toMatch(/^quote: not found in source "ehsyd-2020-10-08"/);
  });

  it('a quote cut where the page is not cut', () => {
    expect(
      checkProvenance(
        patched('e04-fredericia', { quote: 'I Porthouse i Fredericia samles […]' }),
        sources,
        'h',
      ),
    ).toHaveLength(1);
  });
});

function observation(id: string) {
  const found = history.observations.find((o) => o.id === id);
  if (!found) throw new Error(`no observation ${id}`);
  return found;
}
