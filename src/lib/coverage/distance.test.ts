import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '@/lib/geo/distance';
import { countedPresences, distanceByMunicipality } from './distance';
import { countedStatuses } from './statuses';
import {
  ALL_CLUSTERS,
  dataset,
  geography,
  population,
  presence,
  SJAELLAND,
} from '@/testing/coverage-fixtures';

const byCode = (rows: ReturnType<typeof distanceByMunicipality>, code: string) => {
  const row = rows.find((r) => r.unit.code === code);
  if (!row) throw new Error(code);
  return row;
};
const measure = (presences: Parameters<typeof distanceByMunicipality>[1]) =>
  distanceByMunicipality(geography.municipalities, presences, population.points);

describe('distanceByMunicipality', () => {
  it("measures from the municipality's measuring point to the nearest city presence", () => {
    const near = presence({ id: 'near', point: [12.08035, 55.64152] });
    const far = presence({ id: 'far', point: [9.9187, 57.048], municipalityCodes: ['0851'] });
    const rows = measure([far, near]);
    const lejre = byCode(rows, '0350');
    const from = population.points.get('0350') as [number, number];
    expect(lejre.km).toBeCloseTo(greatCircleKm(from, near.point as [number, number]), 9);
    expect(lejre.km).toBeLessThan(25);
    expect(lejre.nearest.map((n) => n.presenceId)).toEqual(['near']);
    expect(lejre.areaLevel).toBe(false);
  });

  it('gives 0 km, area-level, where an area presence covers the municipality', () => {
    const area = presence({ id: 'sj', precision: 'area', point: null, municipalityCodes: [...SJAELLAND] });
    const rows = measure([area]);
    expect(byCode(rows, '0360')).toMatchObject({ km: 0, areaLevel: true });
    // Outside the area an area presence is no point to measure to.
    expect(byCode(rows, '0101')).toMatchObject({ km: null, nearest: [] });
  });

  it('lists every cluster sharing the nearest town', () => {
    const rows = measure([
      presence({ id: 'clean--roskilde', clusterId: 'clean' }),
      presence({ id: 'digitallead--ruc', clusterId: 'digitallead' }),
    ]);
    expect(byCode(rows, '0350').nearest.map((n) => n.clusterId)).toEqual(['clean', 'digitallead']);
  });

  it('refuses a municipality without a measuring point', () => {
    expect(() => distanceByMunicipality(geography.municipalities, [], new Map())).toThrow(
      /0101 København has no measuring point/,
    );
  });

  /*
   * Hand-checked on the dataset, established presences only, with the haversine formula on a sphere of
   * radius 6371 km from the measuring points of src/lib/population/measuring-point.test.ts:
   *   Fanø (Nordby 8.39786, 55.44603) → Vojens (9.30603, 55.24639): Δlat 0.19964° = 22.2 km,
   *     Δlon 0.90817° · cos 55.35° = 57.4 km, so √(22.2² + 57.4²) ≈ 61.6 km; Esbjerg, 4 km over the water, has no presence.
   *   Lolland (11.27631, 54.78403) → Næstved (11.76092, 55.22992): 49.6 km north, 30.9 km east, ≈ 58.4 km.
   *   Læsø (Byrum 10.99738, 57.25679) → Aalborg (9.9187, 57.048): 23.2 km south, 65.1 km west, ≈ 69.1 km.
   *   Bornholm (14.81184, 55.08984) → København (12.56553, 55.67594), the nearest: ≈ 156 km.
   */
  it('on the dataset: Fanø, Lolland, Læsø and Bornholm, established only', () => {
    const established = measure(countedPresences(dataset.presences, ALL_CLUSTERS, countedStatuses(false)));
    const row = (code: string) => byCode(established, code);
    expect(row('0563').km).toBeCloseTo(61.6, 0);
    expect(row('0563').nearest.map((n) => n.presenceId)).toEqual(['food-bio-cluster-denmark--vojens']);
    expect(row('0360').km).toBeCloseTo(58.4, 0);
    expect(row('0360').nearest.map((n) => n.presenceId)).toEqual(['we-build-denmark--naestved']);
    expect(row('0825').km).toBeCloseTo(69.1, 0);
    expect(
      row('0825')
        .nearest.map((n) => n.clusterId)
        .sort(),
    ).toEqual(['odense-robotics', 'we-build-denmark']);
    expect(row('0400').km).toBeGreaterThan(150);
    expect(row('0400').km).toBeLessThan(160);
    expect(established.every((r) => r.km !== null)).toBe(true);
  });

  it('"på Sjælland" counts for Lolland as 0 km only once announced presences count', () => {
    const announced = measure(countedPresences(dataset.presences, ALL_CLUSTERS, countedStatuses(true)));
    expect(byCode(announced, '0360')).toMatchObject({ km: 0, areaLevel: true });
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
