import { describe, expect, it } from 'vitest';
import { coverageMatrix, sortMatrix } from './matrix';
import { ALL_CLUSTERS, dataset, geography } from '@/testing/coverage-fixtures';

const matrix = coverageMatrix(dataset.presences, geography.units.erhvervshus, ALL_CLUSTERS);
const name = (id: string) => dataset.clusters.find((c) => c.id === id)?.name ?? id;
const row = (id: string) => matrix.find((r) => r.clusterId === id);

describe('coverageMatrix', () => {
  it('has a row per cluster and a cell per erhvervshus area', () => {
    expect(matrix).toHaveLength(14);
    for (const r of matrix) expect(Object.keys(r.cells)).toHaveLength(6);
  });

  it('shows the strongest status of any status, and none where nothing is said', () => {
    expect(row('clean')?.cells.sjaelland?.status).toBe('established');
    expect(row('food-bio-cluster-denmark')?.cells.sjaelland?.status).toBe('opening');
    expect(row('odense-robotics')?.cells.sjaelland).toMatchObject({ status: 'considering', areaLevel: true });
    expect(row('energy-cluster-denmark')?.cells).toEqual(
      Object.fromEntries(geography.units.erhvervshus.map((u) => [u.code, null])),
    );
    // "på Fyn" covers Erhvervshus Fyn (planned), not Sydjylland, which holds Middelfart only.
    expect(row('vision-denmark')?.cells.fyn?.status).toBe('planned');
    expect(row('vision-denmark')?.cells.sydjylland).toBeNull();
  });
});

describe('sortMatrix', () => {
  it('sorts by cluster name either way', () => {
    const asc = sortMatrix(matrix, { key: 'cluster', direction: 'ascending' }, name).map((r) =>
      name(r.clusterId),
    );
    expect(asc[0]).toBe('CenSec');
    expect(sortMatrix(matrix, { key: 'cluster', direction: 'descending' }, name)[0]?.clusterId).toBe(
      'we-build-denmark',
    );
  });

  it('sorts a column by status strength, ties alphabetical', () => {
    const sorted = sortMatrix(matrix, { key: 'sjaelland', direction: 'descending' }, name).map(
      (r) => r.clusterId,
    );
    expect(sorted.slice(0, 6)).toEqual([
      'clean',
      'we-build-denmark',
      'food-bio-cluster-denmark',
      'digitallead',
      'marlog',
      'odense-robotics',
    ]);
    const asc = sortMatrix(matrix, { key: 'sjaelland', direction: 'ascending' }, name).map(
      (r) => r.clusterId,
    );
    expect(asc.at(-1)).toBe('we-build-denmark');
  });
});
