import { describe, expect, it } from 'vitest';
import { baseMap } from '@/testing/import-fixtures';
import { adminFromBaseMap, areaLocation, cityLocation, municipalityAt } from './admin';

const admin = adminFromBaseMap(baseMap);
const named = (code: string) => admin.municipalities.find((m) => m.code === code);

describe('the import admin units', () => {
  it('holds the 98 municipalities with their region, erhvervshus area and a box around each', () => {
    expect(admin.municipalities).toHaveLength(98);
    const odense = named('0461');
    expect(odense).toMatchObject({ name: 'Odense', region: '1083', erhvervshus: 'fyn', funen: true });
    const [w, s, e, n] = odense?.bounds ?? [0, 0, 0, 0];
    expect(w < 10.4 && e > 10.4 && s < 55.4 && n > 55.4).toBe(true);
  });

  it('finds the municipality a point lies in, a coastal point just outside too, not one at sea', () => {
    expect(municipalityAt([10.388, 55.396], admin)?.name).toBe('Odense');
    expect(municipalityAt([12.568, 55.676], admin)?.name).toBe('København');
    expect(municipalityAt([6.0, 56.0], admin)).toBeNull();
  });

  it('derives a town presence’s units from its municipality', () => {
    const vejle = named('0630');
    if (!vejle) throw new Error('no Vejle');
    expect(cityLocation(vejle, admin)).toEqual({
      area: null,
      municipality: { code: '0630', name: 'Vejle' },
      region: { code: '1083', name: 'Region Syddanmark' },
      erhvervshus: { code: 'sydjylland', name: 'Erhvervshus Sydjylland' },
      municipalityCodes: ['0630'],
    });
  });

  it('derives an area presence’s units: a region’s one erhvervshus only when all its municipalities share it', () => {
    const sjaelland = areaLocation({ type: 'region', code: '1085' }, admin);
    expect(sjaelland?.area).toEqual({ type: 'region', code: '1085', name: 'Region Sjælland' });
    expect(sjaelland?.region?.code).toBe('1085');
    expect(sjaelland?.municipalityCodes).toHaveLength(17);
    const funen = areaLocation({ type: 'funen', code: admin.names.funen.code }, admin);
    // Middelfart lies on Funen but belongs to Erhvervshus Sydjylland: Funen has no one erhvervshus.
    expect(funen?.municipalityCodes).toContain('0410');
    expect(named('0410')?.erhvervshus).toBe('sydjylland');
    expect(funen?.erhvervshus).toBeNull();
    expect(funen?.municipalityCodes.every((c) => named(c)?.funen)).toBe(true);
    expect(areaLocation({ type: 'region', code: '9999' }, admin)).toBeNull();
  });
});
