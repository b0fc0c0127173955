import { describe, expect, it } from 'vitest';
import { AS_OF_PRESETS, defaultSince, NOTE_AS_OF, presetOf } from './as-of-presets';
import {
  compareFactDates,
  factDateProblem,
  holdsAt,
  lastDay,
  LATEST,
  parseAsOf,
  type FactDate,
} from './fact-date';

const d = (date: string | null, precision: FactDate['precision']): FactDate => ({ date, precision });

describe('lastDay: the last day a date can mean', () => {
  it.each([
    [d('2020-10-01', 'day'), '2020-10-01'],
    [d('2020-10', 'month'), '2020-10-31'],
    [d('2021-02', 'month'), '2021-02-28'],
    [d('2024-02', 'month'), '2024-02-29'],
    [d('2020', 'year'), '2020-12-31'],
    [d('2020-spring', 'season'), '2020-05-31'],
    [d('2020-summer', 'season'), '2020-08-31'],
    [d('2021-autumn', 'season'), '2021-11-30'],
    [d('2023-winter', 'season'), '2024-02-29'],
    [d(null, 'undated'), null],
  ])('%o → %s', (date, expected) => {
    expect(lastDay(date)).toBe(expected);
  });

  it('refuses a date that does not fit its precision', () => {
    expect(factDateProblem(d('2020-10', 'day'))).toMatch(/does not fit precision "day"/);
    expect(factDateProblem(d('2021-02-30', 'day'))).toBe('"2021-02-30" is not a calendar day');
    expect(factDateProblem(d('2021-fall', 'season'))).toMatch(/does not fit/);
    expect(factDateProblem(d('2021', 'undated'))).toBe('an undated fact has date null');
    expect(factDateProblem(d(null, 'year'))).toBe('a "year" date needs a value');
    expect(() => lastDay(d('2020-13', 'month'))).toThrow(/does not fit/);
  });
});

describe('holdsAt', () => {
  it('holds from the last day its date can mean, not before', () => {
    expect(holdsAt(d('2020-10', 'month'), '2020-10-30')).toBe(false);
    expect(holdsAt(d('2020-10', 'month'), '2020-10-31')).toBe(true);
    expect(holdsAt(d('2020', 'year'), '2020-12-30')).toBe(false);
    expect(holdsAt(d('2021-autumn', 'season'), NOTE_AS_OF)).toBe(true);
    expect(holdsAt(d('2021-autumn', 'season'), '2021-11-29')).toBe(false);
    expect(holdsAt(d('2022-04-20', 'day'), '2022-06-01')).toBe(true);
  });

  it('an undated fact holds only at "latest"; everything holds there', () => {
    expect(holdsAt(d(null, 'undated'), '2999-12-31')).toBe(false);
    expect(holdsAt(d(null, 'undated'), LATEST)).toBe(true);
    expect(holdsAt(d('2025-09', 'month'), LATEST)).toBe(true);
  });
});

describe('compareFactDates', () => {
  it('orders by last day, coarser first on the same day, undated after every dated fact', () => {
    const dates = [
      d(null, 'undated'),
      d('2020-12-31', 'day'),
      d('2020', 'year'),
      d('2020-10', 'month'),
      d('2020-10-08', 'day'),
    ];
    expect([...dates].sort(compareFactDates)).toEqual([
      d('2020-10-08', 'day'),
      d('2020-10', 'month'),
      d('2020', 'year'),
      d('2020-12-31', 'day'),
      d(null, 'undated'),
    ]);
    expect(compareFactDates(d('2020-10', 'month'), d('2020-10', 'month'))).toBe(0);
  });
});

describe('parseAsOf', () => {
  it('reads calendar days and "latest", nothing else', () => {
    expect(parseAsOf('2022-06-01')).toBe('2022-06-01');
    expect(parseAsOf(' LATEST ')).toBe(LATEST);
    for (const bad of ['2022-6-1', '2022-02-30', '2022', 'yesterday', '0000-01-01', '2022-06-01T00:00', ''])
      expect(parseAsOf(bad), bad).toBeUndefined();
  });
});

describe('the presets', () => {
  it('are the last days of the periods they name, in order, the note among them', () => {
    expect(AS_OF_PRESETS.map((p) => p.asOf)).toEqual([
      lastDay(d('2020-10', 'month')),
      lastDay(d('2021-01', 'month')),
      lastDay(d('2021-autumn', 'season')),
      lastDay(d('2022', 'year')),
      LATEST,
    ]);
    expect(presetOf(NOTE_AS_OF)).toBe('note');
    expect(presetOf('2022-06-01')).toBeNull();
  });
});

describe('defaultSince', () => {
  it('compares with the preset before the chosen date, or with just before the appointment', () => {
    expect(defaultSince(NOTE_AS_OF)).toBe('2021-01-31');
    expect(defaultSince('2022-06-01')).toBe(NOTE_AS_OF);
    expect(defaultSince(LATEST)).toBe('2022-12-31');
    expect(defaultSince('2020-10-31')).toBe('2020-09-30');
    expect(defaultSince('2019-01-01')).toBe('2020-09-30');
  });
});
