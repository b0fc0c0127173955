import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePopulationFile } from '../../../src/model/population-file';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon';
import { danishPlaces } from './gazetteer-dk';
import { loadBuildInputs } from './inputs';
import { abs } from './paths';
import {
  buildPopulationFile,
  loadPopulationRows,
  parsePopulationCsv,
  POPULATION_FILE,
  serialisePopulationFile,
} from './population-build';

const { admin } = loadBuildInputs();
const build = () =>
  serialisePopulationFile(buildPopulationFile(loadPopulationRows(), admin.municipalities, danishPlaces()));
const file = decodePopulationFile(JSON.parse(build()));
const residents = (code: string) => file.municipalities.find((m) => m.code === code)?.residents;

describe('public/data/population.json', () => {
  it('is up to date with geo/raw/population/ and the gazetteer, and deterministic', () => {
    const built = build();
    expect(build()).toBe(built);
    expect(readFileSync(abs(POPULATION_FILE), 'utf8')).toBe(built);
  });

  it("sums to Danmarks Statistik's total for 1 October 2021 without Christiansø (5,867,412 − 94)", () => {
    expect(file.municipalities).toHaveLength(98);
    expect(file.municipalities.reduce((sum, m) => sum + m.residents, 0)).toBe(5_867_412 - 94);
    expect(file.municipalities.map((m) => m.code)).not.toContain('0411');
  });

  it('joins on the code: the spot values of the source note, Region Sjælland as the issue states it', () => {
    expect(residents('0101')).toBe(643_613);
    expect(residents('0147')).toBe(103_782);
    expect(residents('0751')).toBe(355_458);
    expect(residents('0400')).toBe(39_610);
    expect(residents('0825')).toBe(1_795);
    const sjaelland = admin.municipalities.filter((m) => m.regionCode === '1085');
    expect(sjaelland).toHaveLength(17);
    expect(sjaelland.reduce((sum, m) => sum + (residents(m.code) ?? 0), 0)).toBe(842_681);
  });

  it("puts every measuring point inside its own municipality's DAGI polygon", () => {
    for (const m of admin.municipalities) {
      const point = file.municipalities.find((p) => p.code === m.code)?.point;
      expect(point && pointInPolygon(point, m.geometry), `${m.code} ${m.name}`).toBe(true);
    }
  });

  it('measures Bornholm, Læsø, Lolland and Fanø from their residents, on the islands themselves', () => {
    const point = (code: string) => file.municipalities.find((m) => m.code === code);
    // Hand-checked in src/lib/population/measuring-point.test.ts.
    expect(point('0400')).toMatchObject({ point: [14.81184, 55.08984], snapped: null });
    expect(point('0825')).toMatchObject({ point: [10.99738, 57.25679], towns: ['Byrum'] });
    expect(point('0360')).toMatchObject({ point: [11.27631, 54.78403], snapped: null });
    expect(point('0563')).toMatchObject({ point: [8.39786, 55.44603], towns: ['Nordby'] });
    // The mean fell in the water: Marstal, Frederikshavn and Roskilde themselves.
    expect(point('0492')?.snapped).toBe('Marstal');
    expect(point('0813')?.snapped).toBe('Frederikshavn');
    expect(point('0265')?.snapped).toBe('Roskilde');
  });
});

describe('parsePopulationCsv and the join', () => {
  it('names the line of a malformed row', () => {
    expect(() => parsePopulationCsv('code,name,population\n0101,København,6436l3\n')).toThrow(
      /line 2: population "6436l3"/,
    );
    expect(() => parsePopulationCsv('kode,navn,folketal\n')).toThrow(/header/);
    expect(() => parsePopulationCsv('code,name,population\n101,København,1\n')).toThrow(/four digits/);
  });

  it('refuses a missing municipality, a duplicate and a code that is no municipality (Christiansø)', () => {
    const rows = loadPopulationRows();
    const places = danishPlaces();
    expect(() => buildPopulationFile(rows.slice(1), admin.municipalities, places)).toThrow(
      /no row for municipality 0101/,
    );
    expect(() => buildPopulationFile([...rows, ...rows.slice(0, 1)], admin.municipalities, places)).toThrow(
      /0101 listed twice/,
    );
    expect(() =>
      buildPopulationFile(
        [...rows, { code: '0411', name: 'Christiansø', residents: 94 }],
        admin.municipalities,
        places,
      ),
    ).toThrow(/not a DAGI municipality: 0411 Christiansø/);
  });
});
