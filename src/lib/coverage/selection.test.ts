import { describe, expect, it } from 'vitest';
import { selectedClusterIds } from './selection';
import { ALL_CLUSTERS, dataset } from '@/testing/coverage-fixtures';

const none = { businessAreas: [], clusters: [], tracks: [] };

describe('selectedClusterIds', () => {
  it('keeps all 14 in the note order when nothing is ticked', () => {
    expect(selectedClusterIds(dataset.clusters, none)).toEqual(ALL_CLUSTERS);
    expect(ALL_CLUSTERS).toHaveLength(14);
  });
  it('applies business areas, clusters and tracks together', () => {
    expect(selectedClusterIds(dataset.clusters, { ...none, tracks: ['emerging'] })).toEqual([
      'odense-robotics',
      'vision-denmark',
      'censec',
      'danish-sound-cluster',
    ]);
    expect(
      selectedClusterIds(dataset.clusters, { ...none, businessAreas: ['construction'], clusters: ['clean'] }),
    ).toEqual([]);
    expect(selectedClusterIds(dataset.clusters, { ...none, clusters: ['marlog', 'clean'] })).toEqual([
      'clean',
      'marlog',
    ]);
  });
});
