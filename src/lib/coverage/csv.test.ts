import { describe, expect, it } from 'vitest';
import { coverageByArea } from './area-coverage';
import { coverageCsv, matrixCsv } from './csv';
import { coverageMatrix } from './matrix';
import { countedPresences, distanceByMunicipality } from './distance';
import { residentsByArea } from './residents';
import { ALL_CLUSTERS, dataset, geography, population } from '@/testing/coverage-fixtures';

describe('coverage CSV', () => {
  it('writes the coverage table with the CLI header, one row per area, residents beside the counts', () => {
    const units = geography.units.region;
    const distances = distanceByMunicipality(
      geography.municipalities,
      countedPresences(dataset.presences, ALL_CLUSTERS, ['established']),
      population.points,
    );
    const csv = coverageCsv(
      coverageByArea({
        presences: dataset.presences,
        units,
        clusterIds: ALL_CLUSTERS,
        statuses: ['established'],
      }),
      residentsByArea(units, distances, population),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'area_code;area_name;clusters_present;cluster_ids;clusters_inferred;inferred_cluster_ids;residents;residents_within_25km;residents_within_50km',
    );
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('');
    expect(lines.find((l) => l.startsWith('1085;'))).toMatch(
      /^1085;Region Sjælland;2;"clean;we-build-denmark";0;;842681;\d+;\d+$/,
    );
    // The head office read from Copenhagen FinTech's name counts, and is counted apart.
    expect(lines.find((l) => l.startsWith('1084;'))).toMatch(
      /^1084;Region Hovedstaden;3;"we-build-denmark;copenhagen-fintech;odense-robotics";1;copenhagen-fintech;1865994;/,
    );
  });

  it('writes the matrix with a header and one row per cluster', () => {
    const units = geography.units.region;
    const csv = matrixCsv(
      coverageMatrix(dataset.presences, units, ALL_CLUSTERS),
      units,
      (id) => dataset.clusters.find((c) => c.id === id)?.name ?? id,
      (cell) => cell?.status ?? 'none',
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toBe(
      'cluster_id;cluster;Region Nordjylland;Region Midtjylland;Region Syddanmark;Region Hovedstaden;Region Sjælland',
    );
    expect(lines).toContain('marlog;Maritime & Logistics Innovation Denmark;none;none;none;none;in-progress');
  });
});
