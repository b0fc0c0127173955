import { describe, expect, it } from 'vitest';
import { coverageByArea, whiteSpots } from './area-coverage';
import { countedStatuses } from './statuses';
import { ALL_CLUSTERS, dataset, geography, presence, SJAELLAND } from '@/testing/coverage-fixtures';

const ids = (cells: { clusterId: string }[]) => cells.map((c) => c.clusterId);

describe('coverageByArea on synthetic presences', () => {
  const units = geography.units.region;
  it('counts a cluster once per area however many presences it has there', () => {
    const areas = coverageByArea({
      presences: [
        presence({ id: 'a1' }),
        presence({ id: 'a2', point: [11.76092, 55.22992], municipalityCodes: ['0370'] }),
        presence({ id: 'b1', clusterId: 'b' }),
      ],
      units,
      clusterIds: ['a', 'b'],
      statuses: ['established'],
    });
    const sj = areas.find((a) => a.unit.code === '1085');
    expect(ids(sj?.present ?? [])).toEqual(['a', 'b']);
    expect(sj?.present[0]?.presences).toHaveLength(2);
  });

  it('keeps the strongest counted status and is area-level only when every presence is', () => {
    const areas = coverageByArea({
      presences: [
        presence({ id: 'city', status: 'planned' }),
        presence({
          id: 'area',
          status: 'opening',
          precision: 'area',
          point: null,
          municipalityCodes: [...SJAELLAND],
        }),
      ],
      units,
      clusterIds: ['a'],
      statuses: countedStatuses(true),
    });
    const cell = areas.find((a) => a.unit.code === '1085')?.present[0];
    expect(cell).toMatchObject({ status: 'opening', areaLevel: false });
  });

  it('puts clusters with only uncounted statuses in uncounted, and ignores unselected clusters', () => {
    const areas = coverageByArea({
      presences: [presence({ id: 'p', status: 'considering' }), presence({ id: 'z', clusterId: 'z' })],
      units,
      clusterIds: ['a'],
      statuses: ['established'],
    });
    const sj = areas.find((a) => a.unit.code === '1085');
    expect(sj?.present).toEqual([]);
    expect(sj?.uncounted.map((c) => [c.clusterId, c.status])).toEqual([['a', 'considering']]);
  });
});

describe('coverageByArea on the dataset (Bilag 6.2)', () => {
  const run = (includeAnnounced: boolean, level: 'region' | 'erhvervshus' | 'municipality' = 'region') =>
    coverageByArea({
      presences: dataset.presences,
      units: geography.units[level],
      clusterIds: ALL_CLUSTERS,
      statuses: countedStatuses(includeAnnounced),
    });

  it('Region Sjælland: 2 of 14 established, 4 more announced; 6 with announced', () => {
    const sj = run(false).find((a) => a.unit.code === '1085');
    expect(ids(sj?.present ?? [])).toEqual(['clean', 'we-build-denmark']);
    expect(sj?.uncounted.map((c) => [c.clusterId, c.status])).toEqual([
      ['food-bio-cluster-denmark', 'opening'],
      ['marlog', 'in-progress'],
      ['digitallead', 'in-progress'],
      ['odense-robotics', 'considering'],
    ]);
    const withAnnounced = run(true).find((a) => a.unit.code === '1085');
    expect(withAnnounced?.present).toHaveLength(6);
    expect(withAnnounced?.uncounted).toEqual([]);
    expect(withAnnounced?.present.find((c) => c.clusterId === 'marlog')?.areaLevel).toBe(true);
    expect(withAnnounced?.present.find((c) => c.clusterId === 'clean')).toMatchObject({
      status: 'established',
      areaLevel: false,
    });
  });

  it('counts a town with several clusters once per cluster (København: Copenhagen FinTech, inferred, and Odense Robotics)', () => {
    const kbh = run(false, 'municipality').find((a) => a.unit.code === '0101');
    expect(ids(kbh?.present ?? [])).toEqual(['copenhagen-fintech', 'odense-robotics']);
    expect(kbh?.present[0]?.inferred).toBe(true);
    expect(kbh?.present[1]?.inferred).toBe(false);
  });

  it('has no white spot among the regions, and most municipalities are white spots', () => {
    expect(whiteSpots(run(false))).toEqual([]);
    const covered = run(false, 'municipality').filter((a) => a.present.length > 0);
    // Roskilde, Albertslund, Næstved, Odense, Haderslev (Vojens), Sønderborg, Aalborg, Aarhus, København.
    expect(covered.map((a) => a.unit.code).sort()).toEqual([
      '0101',
      '0165',
      '0265',
      '0370',
      '0461',
      '0510',
      '0540',
      '0751',
      '0851',
    ]);
    expect(whiteSpots(run(false, 'municipality'))).toHaveLength(89);
    // With announced statuses every Sjælland municipality is covered, at area level.
    const withAnnounced = run(true, 'municipality');
    for (const code of SJAELLAND) {
      expect(withAnnounced.find((a) => a.unit.code === code)?.present.length).toBeGreaterThan(0);
    }
  });
});
