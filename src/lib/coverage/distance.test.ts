import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '@/lib/geo/distance';
import { countedPresences, distanceByMunicipality } from './distance';
import { countedStatuses } from './statuses';
import { ALL_CLUSTERS, dataset, geography, presence, SJAELLAND } from '@/testing/coverage-fixtures';

const byCode = (rows: ReturnType<typeof distanceByMunicipality>, code: string) => {
  const row = rows.find((r) => r.unit.code === code);
  if (!row) throw new Error(code);
  return row;
};

describe('distanceByMunicipality', () => {
  it('measures from the pole to the nearest city presence', () => {
    const near = presence({ id: 'near', point: [12.08035, 55.64152] });
    const far = presence({ id: 'far', point: [9.9187, 57.048], municipalityCodes: ['0851'] });
    const rows = distanceByMunicipality(geography.municipalities, [far, near]);
    const lejre = byCode(rows, '0350');
    expect(lejre.km).toBeCloseTo(greatCircleKm(lejre.unit.pole, near.point as [number, number]), 9);
    expect(lejre.km).toBeLessThan(25);
    expect(lejre.nearest.map((n) => n.presenceId)).toEqual(['near']);
    expect(lejre.areaLevel).toBe(false);
  });

  it('gives 0 km, area-level, where an area presence covers the municipality', () => {
    const area = presence({ id: 'sj', precision: 'area', point: null, municipalityCodes: [...SJAELLAND] });
    const rows = distanceByMunicipality(geography.municipalities, [area]);
    expect(byCode(rows, '0360')).toMatchObject({ km: 0, areaLevel: true });
    // Outside the area an area presence is no point to measure to.
    expect(byCode(rows, '0101')).toMatchObject({ km: null, nearest: [] });
  });

  it('lists every cluster sharing the nearest town', () => {
    const rows = distanceByMunicipality(geography.municipalities, [
      presence({ id: 'clean--roskilde', clusterId: 'clean' }),
      presence({ id: 'digitallead--ruc', clusterId: 'digitallead' }),
    ]);
    expect(byCode(rows, '0350').nearest.map((n) => n.clusterId)).toEqual(['clean', 'digitallead']);
  });

  it('on the dataset: Bornholm is far, established only; Lolland becomes 0 km with announced statuses', () => {
    const run = (announced: boolean) =>
      distanceByMunicipality(
        geography.municipalities,
        countedPresences(dataset.presences, ALL_CLUSTERS, countedStatuses(announced)),
      );
    const established = run(false);
    expect(byCode(established, '0400').km).toBeGreaterThan(100);
    expect(byCode(established, '0360').km).toBeGreaterThan(50);
    expect(byCode(run(true), '0360')).toMatchObject({ km: 0, areaLevel: true });
    expect(established.every((r) => r.km !== null)).toBe(true);
  });
});

describe('countedPresences', () => {
  it('keeps the selected clusters with counted statuses', () => {
    const list = [
      presence({ id: '1', clusterId: 'a' }),
      presence({ id: '2', clusterId: 'a', status: 'planned' }),
      presence({ id: '3', clusterId: 'b' }),
    ];
    expect(countedPresences(list, ['a'], ['established']).map((p) => p.id)).toEqual(['1']);
    expect(countedPresences(list, ['a', 'b'], countedStatuses(true))).toHaveLength(3);
  });
});
