import { describe, expect, it } from 'vitest';
import { formatProblem, toProblems } from './format-validation-error';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const data = {
  clusters: [{ id: 'clean' }],
  presences: [{ id: 'a--b' }, { place: 'x' }],
  aliases: [{ names: ['København'] }],
};

describe('toProblems', () => {
  it('names the record by id, the field by its path inside the record, and keeps the reason', () => {
    const [p] = toProblems(
      [{ code: 'custom', path: ['clusters', 0, 'keyFigures', 2, 'value'], message: 'bad' }],
      data,
      'f.json',
    );
    expect(p).toEqual({
      file: 'f.json',
      record: { type: 'cluster', id: 'clean' },
      field: 'keyFigures[2].value',
      reason: 'bad',
    });
    expect(formatProblem(must(p))).toBe('f.json: cluster "clean" field "keyFigures[2].value": bad');
  });

  it('falls back to the position for a record without id, and to names[0] for an alias', () => {
    const problems = toProblems(
      [
        { code: 'custom', path: ['presences', 1, 'status'], message: 'm' },
        { code: 'custom', path: ['aliases', 0, 'target'], message: 'm' },
      ],
      data,
      'f.json',
    );
    expect(problems.map((p) => p.record)).toEqual([
      { type: 'presence', id: '#2' },
      { type: 'alias', id: 'København' },
    ]);
  });

  it('puts unrecognised keys into the field, reports whole-record and top-level problems without one', () => {
    const problems = toProblems(
      [
        {
          code: 'unrecognized_keys',
          keys: ['colour'],
          path: ['presences', 0],
          message: 'Unrecognized key: "colour"',
        },
        { code: 'custom', path: ['presences', 0], message: 'whole record' },
        { code: 'custom', path: ['version'], message: 'top' },
      ],
      data,
      (collection) => (collection === 'presences' ? 'p.json' : 'other.json'),
    );
    expect(problems.map(formatProblem)).toEqual([
      'p.json: presence "a--b" field "colour": Unrecognized key: "colour"',
      'p.json: presence "a--b": whole record',
      'other.json: field "version": top',
    ]);
  });
});
