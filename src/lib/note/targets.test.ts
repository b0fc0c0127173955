import { describe, expect, it } from 'vitest';
import type { NoteFact } from './note-facts';
import { categoriesOf, targetsOf } from './targets';

const fact = (over: Partial<NoteFact>): NoteFact => ({
  quote: 'q',
  clusterId: 'a',
  presenceId: null,
  field: 'activity',
  index: 0,
  category: 'focus',
  ...over,
});
const presence = (id: string, clusterId = 'a') =>
  fact({ presenceId: id, clusterId, field: 'presence', index: null, category: 'presence' });

describe('targetsOf', () => {
  it('selects a lone presence at once, even when the sentence also states facts of its cluster', () => {
    expect(targetsOf([presence('a--x'), fact({})])).toEqual([
      { kind: 'presence', presenceId: 'a--x', clusterId: 'a' },
    ]);
  });

  it('selects the cluster at once when every fact is cluster-level and of one cluster', () => {
    expect(targetsOf([fact({}), fact({ field: 'keyFigure', category: 'figure' })])).toEqual([
      { kind: 'cluster', clusterId: 'a' },
    ]);
  });

  it('offers each presence and then the cluster when a sentence names several presences', () => {
    expect(targetsOf([presence('a--x'), presence('a--y')])).toEqual([
      { kind: 'presence', presenceId: 'a--x', clusterId: 'a' },
      { kind: 'presence', presenceId: 'a--y', clusterId: 'a' },
      { kind: 'cluster', clusterId: 'a' },
    ]);
  });

  it('offers both clusters when a sentence supports facts of two clusters', () => {
    expect(targetsOf([fact({}), fact({ clusterId: 'b' }), presence('a--x')])).toEqual([
      { kind: 'presence', presenceId: 'a--x', clusterId: 'a' },
      { kind: 'cluster', clusterId: 'a' },
      { kind: 'cluster', clusterId: 'b' },
    ]);
  });
});

describe('categoriesOf', () => {
  it('orders categories from most specific, without repeats', () => {
    expect(
      categoriesOf([fact({}), presence('a--x'), fact({ category: 'figure' }), fact({ category: 'focus' })]),
    ).toEqual(['presence', 'figure', 'focus']);
  });
});
