import { describe, expect, it } from 'vitest';
import { residentsOf } from '@/lib/population/population';
import { analyseCoverage } from './analyse';
import { distanceByMunicipality, type MunicipalityDistance } from './distance';
import { isWithin, residentsBeyond, residentsByArea, residentsMeasure, shareBeyond } from './residents';
import { dataset, geography, population, presence, unit } from '@/testing/coverage-fixtures';

const none = { businessAreas: [], clusters: [], tracks: [] };
const row = (code: string, km: number | null): MunicipalityDistance => {
  const municipality = geography.municipalities.find((m) => m.code === code);
  if (!municipality) throw new Error(code);
  return { unit: municipality, km, areaLevel: false, nearest: [] };
};

describe('residents within D km', () => {
  it('counts a municipality within when its point is at most D km away, and never with nothing to measure to', () => {
    expect(isWithin({ km: 25 }, 25)).toBe(true);
    expect(isWithin({ km: 25.01 }, 25)).toBe(false);
    expect(isWithin({ km: 0 }, 25)).toBe(true);
    expect(isWithin({ km: null }, 50)).toBe(false);
  });

  it('sums whole municipalities: Lejre within 25 km, Læsø beyond 50, Bornholm with nothing counted', () => {
    const distances = [row('0350', 12), row('0825', 69), row('0400', null)];
    const m = residentsMeasure(['0350', '0825', '0400'], distances, population);
    const lejre = population.byCode.get('0350')?.residents ?? 0;
    expect(m.residents).toBe(lejre + 1_795 + 39_610);
    expect(m.within).toEqual({ 25: lejre, 50: lejre });
    expect(residentsBeyond(m, 50)).toBe(1_795 + 39_610);
    expect(shareBeyond(m, 50)).toBeCloseTo((1_795 + 39_610) / m.residents, 12);
    expect(shareBeyond({ residents: 0, within: { 25: 0, 50: 0 } }, 25)).toBeNull();
  });

  it('regions and municipalities sum to the same 5,867,318; Region Sjælland has 842,681', () => {
    const distances = distanceByMunicipality(
      geography.municipalities,
      [presence({ id: 'r' })],
      population.points,
    );
    for (const level of ['region', 'erhvervshus', 'municipality'] as const) {
      const rows = residentsByArea(geography.units[level], distances, population);
      expect(rows.reduce((sum, r) => sum + r.residents, 0)).toBe(5_867_318);
      const within = rows.reduce((sum, r) => sum + r.within[50], 0);
      expect(within).toBe(
        residentsMeasure(
          geography.municipalities.map((m) => m.code),
          distances,
          population,
        ).within[50],
      );
    }
    expect(residentsOf(unit('region', '1085'), population)).toBe(842_681);
    expect(residentsOf(geography.funen, population)).toBe(501_227);
  });

  it('follows the filters: construction alone leaves more people far away than all clusters', () => {
    const run = (businessAreas: string[]) =>
      analyseCoverage(dataset, geography, population, {
        level: 'region',
        includeAnnounced: false,
        selection: { ...none, businessAreas },
      }).denmark;
    const all = run([]);
    const construction = run(['construction']);
    expect(all.residents).toBe(5_867_318);
    expect(construction.within[50]).toBeLessThan(all.within[50]);
    expect(all.within[25]).toBeLessThanOrEqual(all.within[50]);
  });
});
