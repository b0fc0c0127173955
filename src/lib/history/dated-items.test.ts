import { describe, expect, it } from 'vitest';
import { clusterFacts, conflictsOf, presenceHistory } from './dated-items';
import { dataset, history } from '@/testing/history-fixtures';

describe('a presence’s history', () => {
  it('lists every statement, oldest first, the note’s at its own date', () => {
    const items = presenceHistory(dataset, history, 'odense-robotics--odense');
    expect(items.map((i) => `${i.id} ${i.date}`)).toEqual([
      'or01-odense 2020-10',
      'or03-odense 2020-10',
      'or02-odense 2020',
      'note:odense-robotics--odense 2021-autumn',
    ]);
    expect(items[3]?.observation).toMatchObject({
      place: 'Odense',
      status: 'established',
      kind: 'head-office',
    });
  });
});

describe('a cluster’s facts at a date', () => {
  it('MARLOG is closed from its bankruptcy on, by the latest report', () => {
    expect(clusterFacts(history, 'marlog', '2022-03-31').closure).toBeNull();
    expect(clusterFacts(history, 'marlog', '2022-04-25').closure?.id).toBe('m08');
    expect(clusterFacts(history, 'marlog', '2022-06-01').closure?.id).toBe('m09');
  });

  it('lists the offices no town is given for once they are said', () => {
    expect(clusterFacts(history, 'food-bio-cluster-denmark', '2021-12-31').unplaced).toEqual([]);
    expect(clusterFacts(history, 'food-bio-cluster-denmark', 'latest').unplaced.map((f) => f.id)).toEqual([
      'f05',
    ]);
    expect(clusterFacts(history, 'made', '2020-10-31').unplaced.map((f) => f.gloss?.en)).toEqual([
      'Appointed as a national cluster; the source names no place.',
    ]);
  });
});

describe('conflicts', () => {
  it('show each side with its source and date, per cluster or for the programme', () => {
    const [wbd] = conflictsOf(dataset, history, 'we-build-denmark');
    expect(wbd?.conflict.ref).toBe('Z6');
    expect(wbd?.items.map((i) => [i.source, i.date])).toEqual([
      ['albertslund-posten-2021-02-10', '2021-02-10'],
      ['campus-odense-wbd', null],
      ['campus-odense-wbd', null],
    ]);
    expect(conflictsOf(dataset, history, null).map((c) => c.conflict.ref)).toEqual(['Z1', 'Z2', 'Z7']);
    expect(conflictsOf(dataset, history, 'marlog').map((c) => c.conflict.ref)).toEqual(['Z1', 'Z3']);
    for (const view of conflictsOf(dataset, history, 'marlog'))
      expect(view.items).toHaveLength(view.conflict.items.length);
  });
});
