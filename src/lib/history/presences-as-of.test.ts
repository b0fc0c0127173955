import { describe, expect, it } from 'vitest';
import { AS_OF_PRESETS, NOTE_AS_OF } from '@/model/as-of-presets';
import { LATEST } from '@/model/fact-date';
import { presencesAsOf } from './presences-as-of';
import { closure, dataset, history, historyWith, observation } from '@/testing/history-fixtures';

const all = (asOf: string, h = history) => presencesAsOf(dataset, h, { sources: 'all', asOf });
const one = (asOf: string, h: Parameters<typeof all>[1], id = 'clean--roskilde') =>
  all(asOf, h).find((p) => p.id === id);
const row = (asOf: string, h: Parameters<typeof all>[1], id = 'clean--roskilde') => {
  const p = one(asOf, h, id);
  return p && [p.status, p.kind, p.source, p.observed?.date, p.observed?.entry].join(' | ');
};

describe('the note alone', () => {
  it('is the dataset’s presences, the very same array, whatever the date and histories', () => {
    for (const asOf of ['2020-10-31', NOTE_AS_OF, LATEST])
      expect(presencesAsOf(dataset, history, { sources: 'note', asOf })).toBe(dataset.presences);
    expect(presencesAsOf(dataset, undefined, { sources: 'note', asOf: LATEST })).toBe(dataset.presences);
  });
});

describe('every source', () => {
  it('shows nothing until the histories are in, never the note passed off as every source', () => {
    expect(presencesAsOf(dataset, undefined, { sources: 'all', asOf: NOTE_AS_OF })).toEqual([]);
  });

  it('gives each caller the same array for the same choice', () => {
    expect(all('2021-12-31')).toBe(all('2021-12-31'));
    expect(all('2021-12-31')).not.toBe(all('2022-06-01'));
  });

  it('keeps the note’s ids, places and locations, and says where each presence comes from', () => {
    const at = all(NOTE_AS_OF);
    for (const p of dataset.presences) {
      const resolved = at.find((r) => r.id === p.id);
      expect(resolved, p.id).toBeDefined();
      expect([resolved?.place, resolved?.point, resolved?.area, resolved?.municipalityCodes]).toEqual([
        p.place,
        p.point,
        p.area,
        p.municipalityCodes,
      ]);
      expect(resolved?.observed?.observations).toBeGreaterThanOrEqual(1);
    }
    const vojens = at.find((p) => p.id === 'food-bio-cluster-denmark--vojens');
    expect(vojens?.observed).toEqual({
      entry: 'note:food-bio-cluster-denmark--vojens',
      date: '2021-autumn',
      datePrecision: 'season',
      observations: 1,
      fromNote: true,
    });
    expect(vojens?.source).toBe('bilag-6-2-2021');
  });
});

describe('rule 1: a fact holds from the last day its date can mean', () => {
  const h = historyWith({
    observations: [observation({ id: 'o1', date: '2020-10', datePrecision: 'month', status: 'planned' })],
  });

  it('a month-dated fact shows at the end of its month, not before', () => {
    expect(one('2020-10-30', h)).toBeUndefined();
    expect(row('2020-10-31', h)).toBe('planned | office | ufm-2021-12-16 | 2020-10 | o1');
  });

  it('the note’s own presences show from the note’s date', () => {
    expect(row('2021-11-29', h)).toBe('planned | office | ufm-2021-12-16 | 2020-10 | o1');
    expect(row(NOTE_AS_OF, h)).toBe(
      'established | office | bilag-6-2-2021 | 2021-autumn | note:clean--roskilde',
    );
    expect(all('2021-11-29', h).map((p) => p.id)).toEqual(['clean--roskilde']);
  });
});

describe('rule 2: a stated fact beats one inferred from a name', () => {
  it('Odense Robotics’ head office is the secretariat a source states, not the note’s inference', () => {
    const p = one(NOTE_AS_OF, history, 'odense-robotics--odense');
    expect([p?.basis.type, p?.kind, p?.status, p?.source]).toEqual([
      'stated',
      'head-office',
      'planned',
      'packm-robotklynge',
    ]);
    const fintech = one(NOTE_AS_OF, history, 'copenhagen-fintech--copenhagen');
    expect([fintech?.basis.type, fintech?.observed?.fromNote]).toEqual(['inferred', true]);
  });
});

describe('rule 3: an undated fact never outranks a dated one', () => {
  const h = historyWith({
    observations: [
      observation({
        id: 'undated',
        date: null,
        datePrecision: 'undated',
        status: 'planned',
        kind: 'department',
      }),
    ],
  });

  it('shows only at "latest", and there only where nothing dated holds', () => {
    expect(row('2025-12-31', h)).toBe(
      'established | office | bilag-6-2-2021 | 2021-autumn | note:clean--roskilde',
    );
    expect(row(LATEST, h)).toBe('established | office | bilag-6-2-2021 | 2021-autumn | note:clean--roskilde');
    const alone = historyWith({
      presences: history.presences.filter((p) => p.id === 'danish-life-science-cluster--kalundborg'),
      observations: history.observations.filter((o) => o.id === 'd05-kalundborg'),
    });
    expect(one('2030-01-01', alone, 'danish-life-science-cluster--kalundborg')).toBeUndefined();
    expect(one(LATEST, alone, 'danish-life-science-cluster--kalundborg')?.observed?.datePrecision).toBe(
      'undated',
    );
  });
});

describe('rule 4: the latest holds, but a later plan does not undo an established presence', () => {
  it('planned, then established: established from its date on', () => {
    const h = historyWith({
      observations: [
        observation({ id: 'plan', date: '2020-06-26', status: 'planned' }),
        observation({ id: 'open', date: '2020-10-08', status: 'established', kind: 'department' }),
      ],
    });
    expect(row('2020-09-30', h)).toBe('planned | office | ufm-2021-12-16 | 2020-06-26 | plan');
    expect(row('2020-10-08', h)).toBe('established | department | ufm-2021-12-16 | 2020-10-08 | open');
  });

  it('established, then a plan: still established, with the source that found it so', () => {
    const h = historyWith({
      observations: [
        observation({ id: 'exists', date: '2020-07-01', status: 'established', kind: 'presence' }),
        observation({ id: 'plan', date: '2020-10-08', status: 'planned', kind: 'head-office' }),
      ],
    });
    expect(row('2020-12-31', h)).toBe('established | presence | ufm-2021-12-16 | 2020-07-01 | exists');
  });

  it('of two facts ending the same day the more precise one is later; then the later in the file', () => {
    const h = historyWith({
      observations: [
        observation({ id: 'day', date: '2020-12-31', status: 'planned', kind: 'office' }),
        observation({ id: 'year', date: '2020', datePrecision: 'year', status: 'planned', kind: 'presence' }),
      ],
    });
    expect(one('2020-12-31', h)?.observed?.entry).toBe('day');
    const tie = historyWith({
      observations: [
        observation({
          id: 'first',
          date: '2020-10',
          datePrecision: 'month',
          status: 'planned',
          kind: 'office',
        }),
        observation({
          id: 'second',
          date: '2020-10',
          datePrecision: 'month',
          status: 'planned',
          kind: 'presence',
        }),
      ],
    });
    expect(one('2020-10-31', tie)?.observed?.entry).toBe('second');
  });
});

describe('rule 5: a closure of the cluster closes what was there before it', () => {
  const h = historyWith({
    observations: [observation({ id: 'before', date: '2021-01-15' })],
    facts: [closure('bankrupt', '2022-04', 'month')],
  });

  it('is shown closed, with the closure’s source, date and quote, from the closure’s date on', () => {
    expect(row('2022-04-29', h)).toBe(
      'established | office | bilag-6-2-2021 | 2021-autumn | note:clean--roskilde',
    );
    const closed = one('2022-04-30', h);
    expect(row('2022-04-30', h)).toBe('closed | office | ufm-2021-12-16 | 2022-04 | bankrupt');
    expect(closed?.quote).toBe('konkurs');
    expect(
      all('2022-04-30', h)
        .filter((p) => p.clusterId === 'clean')
        .every((p) => p.status === 'closed'),
    ).toBe(true);
    expect(all('2022-04-30', h).some((p) => p.clusterId !== 'clean' && p.status === 'closed')).toBe(false);
  });

  it('does not close what a source states after the closure', () => {
    const reopened = historyWith({
      observations: [observation({ id: 'after', date: '2022-06-01' })],
      facts: [closure('bankrupt', '2022-04', 'month')],
    });
    expect(one('2022-12-31', reopened)?.status).toBe('established');
  });

  it('MARLOG: open at 2021-12-31, closed by its bankruptcy at 2022-06-01, never removed', () => {
    const marlog = (asOf: string) => all(asOf).filter((p) => p.clusterId === 'marlog');
    expect(marlog('2021-12-31').map((p) => p.status)).not.toContain('closed');
    const closed = marlog('2022-06-01');
    expect(closed.map((p) => p.id)).toEqual(marlog('2021-12-31').map((p) => p.id));
    expect(new Set(closed.map((p) => p.status))).toEqual(new Set(['closed']));
    expect(new Set(closed.map((p) => p.source))).toEqual(new Set(['shippingwatch-2022-04']));
    expect(new Set(marlog('2022-04-25').map((p) => p.source))).toEqual(
      new Set(['transportnyhederne-2022-04-20']),
    );
  });
});

describe('the real histories at the presets', () => {
  it('grow in number from the appointment to the latest source', () => {
    const counts = AS_OF_PRESETS.map((p) => all(p.asOf).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBeGreaterThan(20);
  });

  it('at 2021-12-31 place every cluster a source places, and leave the rest without a pin', () => {
    const placed = new Set(all('2021-12-31').map((p) => p.clusterId));
    expect(dataset.clusters.filter((c) => !placed.has(c.id)).map((c) => c.id)).toEqual(['made', 'censec']);
  });
});
