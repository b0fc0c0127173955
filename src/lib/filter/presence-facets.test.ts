import { describe, expect, it } from 'vitest';
import { presenceFacetValues } from './presence-facets';
import { createMunicipalityLookup } from './municipality-lookup';
import { dataset, municipalityLookup } from '@/testing/filter-fixtures';

const presence = (id: string) => {
  const p = dataset.presences.find((x) => x.id === id);
  if (!p) throw new Error(`no presence ${id}`);
  return p;
};
const robotics = { businessArea: 'robot-drone-technology', emerging: true } as const;

describe('presenceFacetValues', () => {
  it('gives a city presence its one region and erhvervshus area', () => {
    const v = presenceFacetValues(presence('odense-robotics--soenderborg'), robotics, municipalityLookup);
    expect(v).toEqual({
      businessAreas: ['robot-drone-technology'],
      clusters: ['odense-robotics'],
      statuses: ['established'],
      regions: ['1083'],
      erhvervshus: ['sydjylland'],
      tracks: ['emerging'],
      bases: ['stated'],
    });
  });

  it('lets "på Fyn" match every area one of its municipalities lies in (Middelfart → Sydjylland)', () => {
    const fyn = presence('vision-denmark--fyn');
    expect(fyn.erhvervshus).toBeNull();
    const v = presenceFacetValues(fyn, undefined, municipalityLookup);
    expect(v.regions).toEqual(['1083']);
    expect([...v.erhvervshus].sort()).toEqual(['fyn', 'sydjylland']);
  });

  it('places "Femern Bælt-projektet" (Lolland) in Region Sjælland', () => {
    const v = presenceFacetValues(presence('odense-robotics--femern-baelt-projektet'), robotics);
    expect(v.regions).toEqual(['1085']);
    expect(v.erhvervshus).toEqual(['sjaelland']);
  });

  it('falls back to the build’s own fields without a municipality lookup', () => {
    const v = presenceFacetValues(presence('vision-denmark--fyn'), undefined);
    expect(v.regions).toEqual(['1083']);
    expect(v.erhvervshus).toEqual([]);
    expect(v.businessAreas).toEqual([]);
    expect(v.tracks).toEqual([]);
  });

  it('reads the inferred basis', () => {
    expect(presenceFacetValues(presence('copenhagen-fintech--copenhagen'), undefined).bases).toEqual([
      'inferred',
    ]);
  });
});

describe('createMunicipalityLookup', () => {
  it('covers all 98 municipalities with the erhvervshus split of Region Syddanmark', () => {
    expect(municipalityLookup.size).toBe(98);
    expect(municipalityLookup.get('0410')).toEqual({ region: '1083', erhvervshus: 'sydjylland' });
    expect(municipalityLookup.get('0461')).toEqual({ region: '1083', erhvervshus: 'fyn' });
    expect(municipalityLookup.get('0265')).toEqual({ region: '1085', erhvervshus: 'sjaelland' });
  });

  it('skips rows with codes it does not know', () => {
    const lookup = createMunicipalityLookup([
      { code: '0101', region: '9999', erhvervshus: 'hovedstaden' },
      { code: '0102', region: '1084', erhvervshus: 'atlantis' },
    ]);
    expect(lookup.size).toBe(0);
  });
});
