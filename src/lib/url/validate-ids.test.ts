import { describe, expect, it } from 'vitest';
import { validateIds } from './validate-ids';

const known = {
  clusterIds: new Set(['marlog', 'clean']),
  presenceIds: new Set(['clean--roskilde']),
};

describe('validateIds', () => {
  it('keeps known ids', () => {
    const selection = { cluster: 'clean', presence: 'clean--roskilde', clusters: ['marlog'] };
    expect(validateIds(selection, known)).toEqual({ ...selection, dropped: [] });
  });

  it('drops an unknown cluster and its filter entries', () => {
    expect(validateIds({ cluster: 'nope', presence: null, clusters: ['marlog', 'gone'] }, known)).toEqual({
      cluster: null,
      presence: null,
      clusters: ['marlog'],
      dropped: [
        { param: 'cluster', value: 'nope' },
        { param: 'clusters', value: 'gone' },
      ],
    });
  });

  it('keeps the known cluster of an unknown presence, reporting the presence once', () => {
    expect(validateIds({ cluster: 'clean', presence: 'clean--nowhere', clusters: [] }, known)).toEqual({
      cluster: 'clean',
      presence: null,
      clusters: [],
      dropped: [{ param: 'presence', value: 'clean--nowhere' }],
    });
    expect(validateIds({ cluster: 'ghost', presence: 'ghost--town', clusters: [] }, known).dropped).toEqual([
      { param: 'presence', value: 'ghost--town' },
    ]);
  });
});
