import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBaseMap } from '@/model/base-map';
import { analyseCoverage } from './analyse';
import { choroplethFeatures } from './choropleth';
import { dataset, geography, population } from '@/testing/coverage-fixtures';

const baseMap = decodeBaseMap(
  JSON.parse(readFileSync(new URL('../../../public/geo/denmark.topo.json', import.meta.url), 'utf8')),
);
const none = { businessAreas: [], clusters: [], tracks: [] };
const props = (fc: ReturnType<typeof choroplethFeatures>, code: string) =>
  fc.features.find((f) => f.properties.code === code)?.properties;

describe('choroplethFeatures', () => {
  it('joins counts and classes onto the regions, marking area-level counts', () => {
    const run = (includeAnnounced: boolean) =>
      choroplethFeatures(
        baseMap.regions,
        analyseCoverage(dataset, geography, population, {
          level: 'region',
          includeAnnounced,
          selection: none,
        }),
        'clusters',
      );
    expect(props(run(false), '1085')).toEqual({
      code: '1085',
      name: 'Region Sjælland',
      cls: 2,
      areaLevel: false,
      count: 2,
      km: null,
      residents: null,
      beyond: null,
      percent: null,
    });
    expect(props(run(true), '1085')).toMatchObject({ count: 6, cls: 4, areaLevel: true });
  });

  it('gives white spots class 0 and distance its km class, rounded to 0.1 km', () => {
    const analysis = analyseCoverage(dataset, geography, population, {
      level: 'municipality',
      includeAnnounced: false,
      selection: none,
    });
    expect(props(choroplethFeatures(baseMap.municipalities, analysis, 'clusters'), '0360')).toMatchObject({
      cls: 0,
      count: 0,
    });
    const bornholm = props(choroplethFeatures(baseMap.municipalities, analysis, 'distance'), '0400');
    expect(bornholm?.cls).toBe(3);
    expect(Math.round((bornholm?.km ?? 0) * 10) / 10).toBe(bornholm?.km);
  });

  it('gives the residents metric the share beyond D km at every level', () => {
    const analysis = (level: 'region' | 'municipality') =>
      analyseCoverage(dataset, geography, population, { level, includeAnnounced: false, selection: none });
    const regions = choroplethFeatures(baseMap.regions, analysis('region'), 'residents', 50);
    const sjaelland = props(regions, '1085');
    expect(sjaelland?.residents).toBe(842_681);
    expect(sjaelland?.beyond).toBeGreaterThan(0);
    expect(sjaelland?.percent).toBe(Math.round(((sjaelland?.beyond ?? 0) / 842_681) * 100));
    const municipalities = choroplethFeatures(
      baseMap.municipalities,
      analysis('municipality'),
      'residents',
      50,
    );
    // Læsø's point is 69 km from Aalborg: all of its residents are beyond 50 km.
    expect(props(municipalities, '0825')).toMatchObject({
      residents: 1_795,
      beyond: 1_795,
      percent: 100,
      cls: 4,
    });
    expect(props(municipalities, '0101')).toMatchObject({ beyond: 0, percent: 0, cls: 0 });
  });
});
