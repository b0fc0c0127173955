import { describe, expect, it } from 'vitest';
import { analyseCoverage } from './analyse';
import { dataset, geography, population } from '@/testing/coverage-fixtures';

const none = { businessAreas: [], clusters: [], tracks: [] };

describe('analyseCoverage', () => {
  it('counts per area at the level and measures distance per municipality', () => {
    const a = analyseCoverage(dataset, geography, population, {
      level: 'erhvervshus',
      includeAnnounced: false,
      selection: none,
    });
    expect(a.clusterIds).toHaveLength(14);
    expect(a.areas.map((x) => x.unit.code)).toHaveLength(6);
    expect(a.distances).toHaveLength(98);
  });

  it('narrows to the filtered clusters: construction alone', () => {
    const a = analyseCoverage(dataset, geography, population, {
      level: 'region',
      includeAnnounced: true,
      selection: { ...none, businessAreas: ['construction'] },
    });
    expect(a.clusterIds).toEqual(['we-build-denmark']);
    expect(a.areas.map((x) => x.present.length)).toEqual([1, 1, 1, 1, 1]);
    // Only We Build's presences count for distance: Lolland's nearest is Næstved, not "Femern Bælt".
    const lolland = a.distances.find((d) => d.unit.code === '0360');
    expect(lolland?.nearest.map((n) => n.presenceId)).toEqual(['we-build-denmark--naestved']);
  });
});
