import { describe, expect, it } from 'vitest';
import type { RowProblem } from './problems';
import { packProblems, unpackProblems } from './packed-problems';

const problems: RowProblem[] = [
  { row: 2, field: 'cluster', column: 'klynge', code: 'unknown-cluster', value: 'Atlantis', detail: null },
  { row: 2, field: 'place', column: 'sted', code: 'place-not-found', value: 'Utopia', detail: null },
  { row: 9, field: null, column: 'geometry', code: 'geometry-not-point', value: null, detail: null },
  { row: 11, field: 'source', column: 'kilde', code: 'too-long', value: 'k', detail: '500' },
];

describe('packed problems', () => {
  it('unpack(pack(x)) is x, and a limit gives the first ones', () => {
    const packed = packProblems(problems);
    expect(unpackProblems(packed)).toEqual(problems);
    expect(unpackProblems(packed, 2)).toEqual(problems.slice(0, 2));
    expect(unpackProblems(packProblems([]))).toEqual([]);
  });

  it('counts rows, not problems', () => {
    expect(packProblems(problems)).toMatchObject({ count: 4, rowsWithProblems: 3 });
  });
});
