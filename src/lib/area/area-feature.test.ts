import { describe, expect, it } from 'vitest';
import { decodeBaseMap } from '@/model/base-map';
import { baseMapJson } from '@/testing/test-files';
import { areaBounds, areaFeature, knownAreas } from './area-feature';

const baseMap = decodeBaseMap(baseMapJson());

describe('area features of the base map', () => {
  it('finds each kind, Funen apart from Erhvervshus Fyn', () => {
    expect(areaFeature(baseMap, { kind: 'region', code: '1085' })?.properties.name).toBe('Region Sjælland');
    expect(areaFeature(baseMap, { kind: 'funen', code: 'fyn' })?.properties.name).toBe('Fyn');
    expect(areaFeature(baseMap, { kind: 'erhvervshus', code: 'fyn' })?.properties.name).toBe(
      'Erhvervshus Fyn',
    );
    expect(areaFeature(baseMap, { kind: 'municipality', code: '0411' })).toBeUndefined();
  });

  it('frames Bornholm east of 14.6° and Region Sjælland around Zealand, Lolland and Møn', () => {
    const [w] = areaBounds(baseMap, { kind: 'municipality', code: '0400' }) ?? [];
    expect(w).toBeGreaterThan(14.6);
    const [sw, ss, se, sn] = areaBounds(baseMap, { kind: 'region', code: '1085' }) ?? [];
    expect(sw).toBeLessThan(11.2);
    expect(ss).toBeLessThan(54.7);
    expect(se).toBeGreaterThan(12.4);
    expect(sn).toBeGreaterThan(55.9);
    expect(areaBounds(baseMap, { kind: 'region', code: '9999' })).toBeNull();
  });

  it('knows 5 regions, 6 erhvervshus areas, 98 municipalities and Funen', () => {
    const known = knownAreas(baseMap);
    expect(known.size).toBe(5 + 6 + 98 + 1);
    expect(known.has('funen:fyn')).toBe(true);
    expect(known.has('municipality:0360')).toBe(true);
  });
});
