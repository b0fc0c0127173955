import { describe, expect, it } from 'vitest';
import { changesBetween } from './changes';
import { presencesAsOf } from './presences-as-of';
import { closure, dataset, history, historyWith, observation } from '@/testing/history-fixtures';

const summary = (c: ReturnType<typeof changesBetween>) =>
  c.changes.map((x) => `${x.kind} ${x.presence.id} ${x.before?.status ?? '-'}→${x.presence.status}`);

describe('changesBetween', () => {
  it('lists what opened, was planned and closed, and marks the map new, gone or same', () => {
    const h = historyWith({
      observations: [
        observation({ id: 'plan', date: '2020-10-08', status: 'planned' }),
        observation({ id: 'open', date: '2021-03-01', status: 'established' }),
      ],
      facts: [closure('bankrupt', '2022-04', 'month')],
    });
    expect(summary(changesBetween(dataset, h, '2020-09-30', '2020-12-31'))).toEqual([
      'planned clean--roskilde -→planned',
    ]);
    expect(summary(changesBetween(dataset, h, '2020-12-31', '2021-06-30'))).toEqual([
      'opened clean--roskilde planned→established',
    ]);
    const closed = changesBetween(dataset, h, '2021-12-31', '2022-06-01');
    expect(summary(closed).filter((s) => s.includes('roskilde'))).toEqual([
      'closed clean--roskilde established→closed',
    ]);
    expect(closed.diff.get('clean--roskilde')).toBe('gone');
    const fresh = changesBetween(dataset, h, '2021-06-30', '2021-12-31');
    expect(fresh.diff.get('clean--roskilde')).toBe('same');
    expect(fresh.diff.get('clean--sjaelland')).toBe('new');
  });

  it('in the real sources: MARLOG closes in 2022, Vordingborg opens, nothing is left out of the map', () => {
    const c = changesBetween(dataset, history, '2021-12-31', '2022-12-31');
    expect(c.changes.filter((x) => x.kind === 'closed').map((x) => x.presence.clusterId)).toEqual(
      Array(8).fill('marlog'),
    );
    expect(c.changes.filter((x) => x.kind === 'opened').map((x) => x.presence.id)).toEqual([
      'energy-cluster-denmark--vordingborg',
    ]);
    const shown = presencesAsOf(dataset, history, { sources: 'all', asOf: '2022-12-31' });
    expect([...c.diff.keys()]).toEqual(shown.map((p) => p.id));
    expect([...c.diff.values()].filter((d) => d === 'gone')).toHaveLength(8);
  });

  it('finds a head office that moved between the dates', () => {
    const h = historyWith({
      presences: history.presences.filter((p) => ['we-build-denmark--maglemoelle'].includes(p.id)),
      observations: [
        observation({ id: 'hq-a', presence: 'clean--roskilde', kind: 'head-office', date: '2020-10-01' }),
        observation({
          id: 'hq-b',
          presence: 'we-build-denmark--maglemoelle',
          place: 'Maglemølle',
          kind: 'head-office',
          date: '2020-11-01',
        }),
        observation({ id: 'hq-a-office', presence: 'clean--roskilde', kind: 'office', date: '2020-11-01' }),
      ],
    });
    expect(changesBetween(dataset, h, '2020-10-31', '2020-11-30').moves).toEqual([]);
    const moved = historyWith({
      presences: h.presences,
      observations: [
        ...h.observations.slice(0, 1),
        observation({
          id: 'hq-c',
          presence: 'clean--sjaelland',
          place: 'Sjælland',
          precision: 'area',
          kind: 'head-office',
          date: '2020-11-01',
        }),
        h.observations[2] as (typeof h.observations)[number],
      ],
    });
    const [move] = changesBetween(dataset, moved, '2020-10-31', '2020-11-30').moves;
    expect([move?.clusterId, move?.from.map((p) => p.id), move?.to.map((p) => p.id)]).toEqual([
      'clean',
      ['clean--roskilde'],
      ['clean--sjaelland'],
    ]);
  });
});
