import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/read';
import { dataset, geography, population, unit } from '@/testing/coverage-fixtures';
import { clusterCell, comparisonCsv, measureValue } from './compare';
import { areaProfile } from './profile';

const options = { selection: { businessAreas: [], clusters: [], tracks: [] }, includeAnnounced: false };
const sj = areaProfile(dataset, geography, population, unit('region', '1085'), options);
const hs = areaProfile(dataset, geography, population, unit('region', '1084'), options);
const lolland = areaProfile(dataset, geography, population, unit('municipality', '0360'), options);

describe('comparison', () => {
  it('gives each cluster its strongest status per area, area-level when only an area names it', () => {
    expect(clusterCell(sj, 'clean')).toEqual({ status: 'established', areaLevel: false });
    expect(clusterCell(sj, 'marlog')).toEqual({ status: 'in-progress', areaLevel: true });
    expect(clusterCell(sj, 'food-bio-cluster-denmark')).toEqual({ status: 'opening', areaLevel: false });
    expect(clusterCell(hs, 'marlog')).toEqual({ status: null, areaLevel: false });
    expect(clusterCell(lolland, 'odense-robotics')).toEqual({ status: 'considering', areaLevel: true });
  });

  it('takes every measure from the profile', () => {
    expect(measureValue(sj, 'residents')).toBe(842_681);
    expect(measureValue(sj, 'share_of_denmark_percent')).toBe(14.4);
    expect(measureValue(sj, 'clusters_present')).toBe(2);
    expect(measureValue(sj, 'residents_within_50km')).toBe(sj.within[50]);
    expect(measureValue(sj, 'rank_clusters')).toBe('3/5=');
    expect(measureValue(lolland, 'kind')).toBe('municipality');
  });

  it('writes a CSV with one column per area, measures then clusters', () => {
    const table = parseCsv(
      comparisonCsv([sj, hs, lolland], {
        areaName: (p) => p.unit.name,
        measureLabel: (m) => m,
        clusterName: (id) => id,
        cellText: (c) => `${c.status ?? 'none'}${c.areaLevel ? '*' : ''}`,
      }),
    );
    const rows = [table.header, ...table.records.map((r) => r.fields)];
    expect(rows[0]).toEqual(['row', 'label', 'Region Sjælland', 'Region Hovedstaden', 'Lolland']);
    expect(rows.find((r) => r[0] === 'residents')).toEqual([
      'residents',
      'residents',
      '842681',
      '1865994',
      '40241',
    ]);
    expect(rows.find((r) => r[0] === 'cluster:marlog')?.slice(2)).toEqual([
      'in-progress*',
      'none',
      'in-progress*',
    ]);
    expect(rows).toHaveLength(1 + 9 + 14);
  });
});
