import { describe, expect, it } from 'vitest';
import { datasetJson, NOTE, PRIMARY } from '@/testing/test-files';
import { datasetSchema } from '@/model/dataset-schema';
import { collectNoteFacts } from './note-facts';
import { buildNoteModel } from './note-model';

const dataset = datasetSchema.parse(datasetJson());
const model = buildNoteModel(NOTE, dataset, PRIMARY);
const VOJENS =
  'Derudover har klyngen fokuseret på decentral tilgængelighed bl.a. i form af et nyt kontor i Vojens samt snarlig åbning af et kontor i Slagelse.';

function highlightOf(quote: string) {
  const id = model.byQuote.get(quote)?.[0];
  const info = model.highlights.find((h) => h.id === id);
  if (!info) throw new Error(`no highlight for ${quote}`);
  return info;
}

describe('collectNoteFacts', () => {
  const facts = collectNoteFacts(dataset, PRIMARY);

  it('finds every presence and every cluster fact, each with a field and category', () => {
    expect(facts.filter((f) => f.field === 'presence')).toHaveLength(dataset.presences.length);
    expect(facts.filter((f) => f.field === 'heading')).toHaveLength(14);
    expect(facts.filter((f) => f.field === 'keyFigure').map((f) => f.category)).toContain('figure');
    expect(new Set(facts.map((f) => f.category))).toEqual(
      new Set(['presence', 'figure', 'collaboration', 'consolidation', 'focus', 'other']),
    );
  });

  it('leaves out facts that quote another source', () => {
    const other = {
      clusters: [],
      presences: [{ ...dataset.presences[0], source: 'another-note' } as (typeof dataset.presences)[number]],
    };
    expect(collectNoteFacts(other, PRIMARY)).toEqual([]);
  });
});

describe('buildNoteModel on the status note and the dataset', () => {
  it('finds every quote of the dataset in the note', () => {
    expect(model.missing).toEqual([]);
  });

  it('marks every highlight in the text exactly once as the landing piece', () => {
    const firsts = model.blocks.flatMap((b) =>
      b.kind === 'letterhead' ? [] : b.content.filter((i) => i.kind === 'highlight' && i.first),
    );
    expect(firsts).toHaveLength(model.highlights.length);
  });

  it('links the Vojens sentence to both Food & Bio presences and to the cluster, as a choice', () => {
    const info = highlightOf(VOJENS);
    expect(info.categories[0]).toBe('presence');
    expect(info.targets).toEqual([
      {
        kind: 'presence',
        presenceId: 'food-bio-cluster-denmark--vojens',
        clusterId: 'food-bio-cluster-denmark',
      },
      {
        kind: 'presence',
        presenceId: 'food-bio-cluster-denmark--slagelse',
        clusterId: 'food-bio-cluster-denmark',
      },
      { kind: 'cluster', clusterId: 'food-bio-cluster-denmark' },
    ]);
  });

  it('selects a cluster at once when a sentence supports only cluster-level facts', () => {
    const figure = dataset.clusters.find((c) => c.id === 'energy-cluster-denmark')?.keyFigures[0];
    const info = highlightOf(figure?.quote ?? '');
    expect(info.categories).toContain('figure');
    expect(info.targets).toEqual([{ kind: 'cluster', clusterId: 'energy-cluster-denmark' }]);
  });

  it('names the cluster of each section heading, in the note’s order', () => {
    const sections = model.blocks.filter((b) => b.kind === 'heading' && b.level === 'section');
    expect(sections.map((s) => (s.kind === 'heading' ? s.clusterId : null))).toEqual(
      dataset.clusters.map((c) => c.id),
    );
  });
});
