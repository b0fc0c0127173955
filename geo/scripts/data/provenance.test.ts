import { describe, expect, it } from 'vitest';
import { createQuoteFinder, letterheadSpans, normaliseWhitespace } from '../../../src/lib/text/quote-match';
import { checkProvenance } from './check-provenance';
import { collectQuotedFacts } from '../../../src/model/quoted-facts';
import { clustersFileSchema, datasetSchema, presencesFileSchema } from '../../../src/model/dataset-schema';
import { clustersJson, datasetJson, NOTE, presencesJson, PRIMARY } from '../../../src/testing/test-files';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const clusters = clustersFileSchema.parse(clustersJson()).clusters;
const presences = presencesFileSchema.parse(presencesJson()).presences;
const sources = { primary: PRIMARY, texts: { [PRIMARY]: NOTE } };
const finder = createQuoteFinder(NOTE);

describe('every quote occurs in the note', () => {
  const facts = collectQuotedFacts({ clusters, presences });

  it('finds quotes at every depth: headings, consolidation, dates, figures, facts, collaborations, presences', () => {
    const shapes = new Set(
      facts.map((f) => f.path.filter((k) => typeof k === 'string').join('.') + `:${f.field}`),
    );
    for (const shape of [
      'clusters:heading',
      'clusters.emerging:quote',
      'clusters.consolidation:quote',
      'clusters.consolidation.dates:quote',
      'clusters.consolidation.mergedIn:quote',
      'clusters.keyFigures:quote',
      'clusters.focusAreas:quote',
      'clusters.activities:quote',
      'clusters.collaborations:quote',
      'clusters.covid:quote',
      'clusters.unnamedLocations:quote',
      'presences:quote',
    ]) {
      expect(shapes).toContain(shape);
    }
  });

  it.each(facts.map((f) => [f.path.join('.'), f.quote] as const))('%s', (_path, quote) => {
    expect(finder.occurs(quote), quote).toBe(true);
  });

  it('holds for the source files and for the built dataset, with no other problems', () => {
    expect(checkProvenance({ clusters, presences }, sources, 'x')).toEqual([]);
    expect(checkProvenance(datasetSchema.parse(datasetJson()), sources, 'x')).toEqual([]);
  });

  it('exercises the letterhead rule and the page-break normalisation on real records', () => {
    // Plain whitespace-normalised containment: which real quotes need the letterhead rule?
    const flatNote = normaliseWhitespace(NOTE);
    const needsLetterhead = facts.filter((f) => !flatNote.includes(normaliseWhitespace(f.quote)));
    expect(letterheadSpans(NOTE)).toHaveLength(1);
    expect(needsLetterhead.map((f) => f.quote)).toEqual([
      'Derudover har CLEAN intensiveret samarbejdet med innovationscentrene mhp. at sikre stærke relationer og kontinuitet i internationale samarbejder.',
    ]);
    expect(facts.some((f) => f.quote.includes('CO<sub>2</sub>'))).toBe(true);
    expect(facts.some((f) => f.quote.includes('fra hele landet') && !NOTE.includes(f.quote))).toBe(true);
  });
});

describe('checkProvenance catches what is not in the note', () => {
  const withPresence = (patch: Record<string, unknown>) => ({
    clusters,
    presences: presences.map((p, i) => (i === 1 ? { ...p, ...patch } : p)),
  });

  it('reports a changed quote with file, record and field', () => {
    const problems = checkProvenance(
      withPresence({ quote: 'Klyngen har åbnet kontor på Sjælland.' }),
      sources,
      'p.json',
    );
    expect(problems).toEqual([
      {
        file: 'p.json',
        record: { type: 'presence', id: must(presences[1]).id },
        field: 'quote',
        reason: 'not found in source "bilag-6-2-2021": "Klyngen har åbnet kontor på Sjælland."',
      },
    ]);
  });

  it('reports a place, fact text or partner name that is not in its own quote', () => {
    expect(checkProvenance(withPresence({ place: 'Køge' }), sources, 'p.json')[0]).toMatchObject({
      field: 'place',
      reason: '"Køge" does not occur in its quote',
    });
    const broken = structuredClone(clusters);
    must(must(broken[0]).collaborations[0]).name = 'alle erhvervshuse';
    must(must(broken[1]).focusAreas[0]).text = 'vandteknologi og energi';
    const fields = checkProvenance({ clusters: broken, presences }, sources, 'c.json').map((p) => p.field);
    expect(fields).toEqual(['collaborations[0].name', 'focusAreas[0].text']);
  });

  it('reports a quote that names an unregistered source', () => {
    const problems = checkProvenance(withPresence({ source: 'other-note' }), sources, 'p.json');
    expect(problems[0]?.reason).toBe('source "other-note" has no stored text to check against');
  });
});
