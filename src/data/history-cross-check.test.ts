import { describe, expect, it } from 'vitest';
import { datasetSchema, historySchema, type History } from '@/model/dataset-schema';
import { toProblems, type IssueLike } from './format-validation-error';
import { historyCrossCheck } from '@/model/history-cross-check';
import { parseHistory } from './parse-history';
import { datasetJson, historyJson } from '@/testing/test-files';

const dataset = datasetSchema.parse(datasetJson());
const history = historySchema.parse(historyJson());

const problems = (h: History) => {
  const issues: IssueLike[] = [];
  historyCrossCheck(h, dataset, { addIssue: (i) => void issues.push(i as IssueLike) });
  return toProblems(issues, h, 'h.json').map((p) => `${p.record?.id ?? ''} ${p.field ?? ''}: ${p.reason}`);
};
const withObservation = (id: string, patch: Record<string, unknown>): History => ({
  ...history,
  observations: history.observations.map((o) => (o.id === id ? { ...o, ...patch } : o)),
});

describe('historyCrossCheck', () => {
  it('finds nothing wrong with the built histories', () => {
    expect(problems(history)).toEqual([]);
    expect(parseHistory(historyJson(), dataset)).toEqual(history);
  });

  it('catches unknown presences, sources and clusters, and a precision unlike its presence', () => {
    expect(
      problems(withObservation('e01-aalborg', { presence: 'energy-cluster-denmark--atlantis' })),
    ).toEqual(['e01-aalborg presence: unknown presence "energy-cluster-denmark--atlantis"']);
    expect(problems(withObservation('e01-aalborg', { source: 'tabloid' }))).toEqual([
      'e01-aalborg source: unknown source "tabloid"',
    ]);
    expect(problems(withObservation('e01-aalborg', { precision: 'area' }))).toEqual([
      'e01-aalborg precision: must be "city" like its presence "energy-cluster-denmark--aalborg"',
    ]);
    const fact = { ...history.facts[0], clusterId: 'atlantis' } as History['facts'][number];
    expect(problems({ ...history, facts: [fact, ...history.facts.slice(1)] })).toContain(
      'm08 clusterId: unknown cluster "atlantis"',
    );
  });

  it('refuses a date later than its source, and a date from an undated page without a reason', () => {
    expect(problems(withObservation('e07-vordingborg', { date: '2022-03-18' }))).toEqual([
      'e07-vordingborg date: is after its source was published (2022-03-17)',
    ]);
    expect(problems(withObservation('m04-bornholm', { dateReason: undefined }))).toEqual([
      'm04-bornholm dateReason: source "ocbornholm-marlog" is undated: say what in its text dates this fact',
    ]);
  });

  it('asks for a translation of a quote that is not in Danish', () => {
    expect(problems(withObservation('d01-aarhus', { translation: { da: 'x' } }))).toEqual([
      'd01-aarhus translation.en: the quote is in "sv": give its en translation',
    ]);
    expect(problems(withObservation('e07-vordingborg', { translation: undefined }))).toEqual([
      'e07-vordingborg translation.da: the quote is in "en": give its da translation',
    ]);
  });

  it('catches duplicate ids, a presence of the note declared again, one nobody observes, a dangling conflict', () => {
    const [first] = history.observations;
    if (!first) throw new Error('no observations');
    expect(problems({ ...history, observations: [...history.observations, first] })).toContain(
      'e01-aalborg id: duplicate id "e01-aalborg" (observation and fact ids share one list)',
    );
    const notePresence = {
      ...(history.presences[0] as History['presences'][number]),
      id: 'clean--roskilde',
      clusterId: 'clean',
    };
    expect(problems({ ...history, presences: [...history.presences, notePresence] })).toContain(
      'clean--roskilde id: "clean--roskilde" is a presence of the note',
    );
    const lonely = {
      ...(history.presences[0] as History['presences'][number]),
      id: 'energy-cluster-denmark--skagen',
    };
    expect(problems({ ...history, presences: [...history.presences, lonely] })).toEqual([
      'energy-cluster-denmark--skagen id: no observation is about "energy-cluster-denmark--skagen"',
    ]);
    const conflict = { ...(history.conflicts[0] as History['conflicts'][number]), items: ['m08', 'nothing'] };
    expect(problems({ ...history, conflicts: [conflict] })).toEqual([
      'cluster-count-2022 items[1]: no observation or fact "nothing"',
    ]);
  });
});
