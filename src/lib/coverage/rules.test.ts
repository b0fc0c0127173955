import { describe, expect, it } from 'vitest';
import { contribution, isInferred } from './rules';
import { presence, SJAELLAND, unit } from '@/testing/coverage-fixtures';

const roskilde = presence({ id: 'roskilde' });
const sjaelland = presence({ id: 'sj', precision: 'area', point: null, municipalityCodes: [...SJAELLAND] });
const fyn = presence({
  id: 'fyn',
  precision: 'area',
  point: null,
  municipalityCodes: ['0410', '0420', '0430', '0440', '0450', '0461', '0479', '0480', '0482', '0492'],
});

describe('contribution (the counting rule)', () => {
  it('counts a city presence in its municipality, erhvervshus area and region only', () => {
    expect(contribution(roskilde, unit('municipality', '0265'))).toEqual({ areaLevel: false });
    expect(contribution(roskilde, unit('erhvervshus', 'sjaelland'))).toEqual({ areaLevel: false });
    expect(contribution(roskilde, unit('region', '1085'))).toEqual({ areaLevel: false });
    expect(contribution(roskilde, unit('municipality', '0259'))).toBeNull();
    expect(contribution(roskilde, unit('region', '1084'))).toBeNull();
  });

  it('counts "på Sjælland" in the region, its erhvervshus area and each of its 17 municipalities, area-level', () => {
    expect(SJAELLAND).toHaveLength(17);
    expect(contribution(sjaelland, unit('region', '1085'))).toEqual({ areaLevel: true });
    expect(contribution(sjaelland, unit('erhvervshus', 'sjaelland'))).toEqual({ areaLevel: true });
    for (const code of SJAELLAND)
      expect(contribution(sjaelland, unit('municipality', code))).toEqual({ areaLevel: true });
    expect(contribution(sjaelland, unit('municipality', '0101'))).toBeNull();
    expect(contribution(sjaelland, unit('region', '1084'))).toBeNull();
  });

  it('counts "på Fyn" in the region that contains it and the erhvervshus area it contains, not in the one it only overlaps', () => {
    expect(contribution(fyn, unit('region', '1083'))).toEqual({ areaLevel: true });
    expect(contribution(fyn, unit('erhvervshus', 'fyn'))).toEqual({ areaLevel: true });
    expect(contribution(fyn, unit('municipality', '0410'))).toEqual({ areaLevel: true });
    // Middelfart is on Funen but in Erhvervshus Sydjylland: the note does not say the presence is there.
    expect(contribution(fyn, unit('erhvervshus', 'sydjylland'))).toBeNull();
  });

  it('marks stated and inferred presences apart, also when only the place is inferred', () => {
    expect(isInferred(roskilde)).toBe(false);
    expect(isInferred(presence({ id: 'x', basis: { type: 'inferred' } }))).toBe(true);
    expect(isInferred(presence({ id: 'y', placeLink: { inferred: true } }))).toBe(true);
  });
});
