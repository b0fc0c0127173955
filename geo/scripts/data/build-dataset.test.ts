import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourcePresence } from '../../../src/model/schema';
import { buildDataset, buildPresence } from './build-dataset';
import { loadBuildInputs } from './inputs';
import { abs, FILES } from './paths';
import { serialiseDataset } from './serialise';

const inputs = loadBuildInputs();
const dataset = buildDataset(inputs);

const record = (place: string, precision: 'city' | 'area' = 'city'): SourcePresence => ({
  id: 'test--x',
  clusterId: 'clean',
  place,
  status: 'established',
  kind: 'office',
  precision,
  basis: { type: 'stated' },
  quote: place,
});
const locate = (place: string, precision: 'city' | 'area' = 'city') =>
  buildPresence(record(place, precision), inputs);
const summary = (place: string, precision: 'city' | 'area' = 'city') => {
  const p = locate(place, precision);
  return [p.municipality?.name ?? null, p.region?.name ?? null, p.erhvervshus?.code ?? null];
};

describe('derived admin units for towns (point in polygon against DAGI)', () => {
  it.each([
    ['Roskilde', ['Roskilde', 'Region Sjælland', 'sjaelland']],
    ['Næstved', ['Næstved', 'Region Sjælland', 'sjaelland']],
    ['Slagelse', ['Slagelse', 'Region Sjælland', 'sjaelland']],
    ['Albertslund', ['Albertslund', 'Region Hovedstaden', 'hovedstaden']],
    ['København', ['København', 'Region Hovedstaden', 'hovedstaden']],
    ['Vojens', ['Haderslev', 'Region Syddanmark', 'sydjylland']],
    ['Odense', ['Odense', 'Region Syddanmark', 'fyn']],
    ['Sønderborg', ['Sønderborg', 'Region Syddanmark', 'sydjylland']],
    ['Aarhus', ['Aarhus', 'Region Midtjylland', 'midtjylland']],
    ['Aalborg', ['Aalborg', 'Region Nordjylland', 'nordjylland']],
  ])('%s', (place, expected) => {
    expect(summary(place)).toEqual(expected);
  });

  it('geocodes Aarhus/Århus and København/Copenhagen to one point each', () => {
    expect(locate('Aarhus').point).toEqual(locate('Århus').point);
    expect(locate('København').point).toEqual(locate('Copenhagen').point);
    expect(locate('København').municipality).toEqual({ code: '0101', name: 'København' });
  });

  it('places RUC at Roskilde through the institution alias', () => {
    const ruc = locate('RUC');
    expect(ruc.point).toEqual(locate('Roskilde').point);
    expect(ruc.placeLink).toMatchObject({
      kind: 'institution',
      alias: 'RUC',
      gazetteerName: 'Roskilde',
      inferred: false,
    });
  });
});

describe('derived admin units for areas', () => {
  it('Sjælland is Region Sjælland and Erhvervshus Sjælland, with its 17 municipalities', () => {
    const p = locate('Sjælland', 'area');
    expect(p.area).toEqual({ type: 'region', code: '1085', name: 'Region Sjælland' });
    expect([p.municipality, p.region?.code, p.erhvervshus?.code, p.point]).toEqual([
      null,
      '1085',
      'sjaelland',
      null,
    ]);
    expect(p.municipalityCodes).toHaveLength(17);
    expect(p.municipalityCodes).toContain('0265');
    expect(p.municipalityCodes).not.toContain('0165'); // Albertslund is in Hovedstaden
  });

  it('Midtjylland is Region Midtjylland and Erhvervshus Midtjylland', () => {
    const p = locate('Midtjylland', 'area');
    expect([p.area?.code, p.region?.code, p.erhvervshus?.code, p.municipalityCodes.length]).toEqual([
      '1082',
      '1082',
      'midtjylland',
      19,
    ]);
  });

  it('Fyn is geographic Funen: Region Syddanmark, but no single erhvervshus (Middelfart is Sydjylland)', () => {
    const p = locate('Fyn', 'area');
    expect(p.area).toEqual({ type: 'funen', code: 'fyn', name: 'Fyn' });
    expect([p.region?.code, p.erhvervshus]).toEqual(['1083', null]);
    expect(p.municipalityCodes).toEqual([
      '0410',
      '0420',
      '0430',
      '0440',
      '0450',
      '0461',
      '0479',
      '0480',
      '0482',
      '0492',
    ]);
  });

  it('Femern Bælt-projektet is Lolland municipality, marked as an inferred link with its reason', () => {
    const p = locate('Femern Bælt-projektet', 'area');
    expect(p.area).toEqual({ type: 'municipality', code: '0360', name: 'Lolland' });
    expect(p.municipality).toEqual({ code: '0360', name: 'Lolland' });
    expect(p.region?.code).toBe('1085');
    expect(p.placeLink.inferred).toBe(true);
    expect(p.placeLink.reason?.en).toMatch(/Rødbyhavn/);
  });
});

describe('failures name the record and the place', () => {
  it('an unknown town', () => {
    expect(() => locate('Atlantis')).toThrow('presence "test--x": place "Atlantis" is not in the gazetteer');
  });

  it('an area written as a city, and a town written as an area', () => {
    expect(() => locate('Fyn')).toThrow(
      'presence "test--x": place "Fyn" names an area but precision is "city"',
    );
    expect(() => locate('Roskilde', 'area')).toThrow(
      /place "Roskilde" has precision "area" but no area alias/,
    );
  });
});

describe('the build', () => {
  it('is deterministic and matches the committed public/data/dataset.json', async () => {
    const a = await serialiseDataset(dataset);
    const b = await serialiseDataset(buildDataset(loadBuildInputs()));
    expect(a).toBe(b);
    expect(readFileSync(abs(FILES.dataset), 'utf8')).toBe(a);
  });

  it('records the note it was built from', () => {
    expect(dataset.generatedFrom.note).toBe('bilag-6.2-status-klyngernes-konsolidering.md');
    expect(dataset.generatedFrom.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(abs(FILES.note))).toEqual(
      readFileSync(abs(`geo/sources/${dataset.generatedFrom.note}`)),
    );
  });
});
