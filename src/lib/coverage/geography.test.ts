import { describe, expect, it } from 'vitest';
import { findUnit } from './geography';
import { geography, population, unit } from '@/testing/coverage-fixtures';

describe('geographyFromBaseMap', () => {
  it('has 5 regions, 6 erhvervshus areas and 98 municipalities, each municipality in one of each', () => {
    expect(geography.units.region).toHaveLength(5);
    expect(geography.units.erhvervshus).toHaveLength(6);
    expect(geography.units.municipality).toHaveLength(98);
    for (const level of ['region', 'erhvervshus'] as const) {
      expect(geography.units[level].flatMap((u) => u.municipalityCodes).sort()).toEqual(
        geography.municipalities.map((m) => m.code).sort(),
      );
    }
    expect(unit('erhvervshus', 'sydjylland').municipalityCodes).toContain('0410');
    expect(unit('erhvervshus', 'fyn').nameEn).toBe('Business Hub Funen');
    expect(unit('region', '1085').nameEn).toBe('Region Zealand');
  });

  it('gives bounds that hold the measuring point', () => {
    for (const m of geography.municipalities) {
      const [w, s, e, n] = m.bounds;
      const [lon, lat] = population.points.get(m.code) ?? [NaN, NaN];
      expect(lon).toBeGreaterThanOrEqual(w);
      expect(lon).toBeLessThanOrEqual(e);
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThanOrEqual(n);
    }
  });

  it('knows geographic Funen apart from Erhvervshus Fyn, and finds units by reference', () => {
    expect(geography.funen.municipalityCodes).toHaveLength(10);
    expect(geography.funen.municipalityCodes).toContain('0410');
    expect(findUnit(geography, { kind: 'funen', code: 'fyn' })).toBe(geography.funen);
    expect(findUnit(geography, { kind: 'erhvervshus', code: 'fyn' })?.municipalityCodes).toHaveLength(9);
    expect(findUnit(geography, { kind: 'region', code: '1085' })?.name).toBe('Region Sjælland');
    expect(findUnit(geography, { kind: 'municipality', code: '0411' })).toBeUndefined();
    expect(findUnit(geography, { kind: 'funen', code: 'sjaelland' })).toBeUndefined();
  });
});
