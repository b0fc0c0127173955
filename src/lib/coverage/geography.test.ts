import { describe, expect, it } from 'vitest';
import { geography, unit } from '@/testing/coverage-fixtures';

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

  it('gives bounds that hold the pole', () => {
    for (const m of geography.municipalities) {
      const [w, s, e, n] = m.bounds;
      expect(m.pole[0]).toBeGreaterThanOrEqual(w);
      expect(m.pole[0]).toBeLessThanOrEqual(e);
      expect(m.pole[1]).toBeGreaterThanOrEqual(s);
      expect(m.pole[1]).toBeLessThanOrEqual(n);
    }
  });
});
