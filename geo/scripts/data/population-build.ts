/**
 * public/data/population.json from geo/raw/population/ (Danmarks Statistik, FOLK1AM): each DAGI
 * municipality's residents, joined on the municipality code, and the point its distances are measured
 * from (src/lib/population/measuring-point.ts), from the GeoNames towns inside it. Christiansø (0411)
 * is no municipality and Danmarks Statistik lists it apart: its 94 residents are not in the file, so
 * Bornholm (0400) keeps Danmarks Statistik's own figure. Deterministic, one municipality per line.
 */
import { readFileSync } from 'node:fs';
import {
  decodePopulationFile,
  POPULATION_VERSION,
  type PopulationFile,
} from '../../../src/model/population-file';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon';
import type { GazetteerPlace } from '../../../src/lib/geocode/gazetteer';
import { measuringPoint } from '../../../src/lib/population/measuring-point';
import type { Municipality } from '../lib/dagi';
import { abs } from './paths';

export const POPULATION_CSV = 'geo/raw/population/municipality-population-2021-10-01.csv';
export const POPULATION_FILE = 'public/data/population.json';

export const POPULATION_SOURCE = {
  publisher: 'Danmarks Statistik',
  table: 'FOLK1AM',
  date: '2021-10-01',
  attribution: 'Kilde: Danmarks Statistik, FOLK1AM',
} as const;

const ABOUT =
  'Built by npm run data:build (do not edit) from geo/raw/population/: residents per DAGI municipality on 1 October 2021 (Danmarks Statistik, FOLK1AM; Christiansø, 94 residents and no municipality, is not counted) and the point distances are measured from: the residents-weighted mean of the GeoNames towns inside the municipality, or its largest town when the mean falls outside it.';

export interface CsvRow {
  code: string;
  name: string;
  residents: number;
}

/** Reads `code,name,population`; any other shape is an error naming the line. */
export function parsePopulationCsv(text: string, file = POPULATION_CSV): CsvRow[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  if (header !== 'code,name,population') throw new Error(`${file}: header must be code,name,population`);
  return lines.map((line, i) => {
    const [code, name, population, ...rest] = line.split(',');
    const where = `${file} line ${i + 2}`;
    if (rest.length || !code || !name || population === undefined)
      throw new Error(`${where}: expected code,name,population`);
    if (!/^\d{4}$/.test(code)) throw new Error(`${where}: code "${code}" is not four digits`);
    if (!/^\d+$/.test(population))
      throw new Error(`${where}: population "${population}" is not a whole number`);
    return { code, name, residents: Number(population) };
  });
}

/** Joins the rows to the municipalities on the code: each municipality exactly once, nothing else. */
export function buildPopulationFile(
  rows: readonly CsvRow[],
  municipalities: readonly Pick<Municipality, 'code' | 'name' | 'geometry'>[],
  places: readonly GazetteerPlace[],
): PopulationFile {
  const byCode = new Map<string, CsvRow>();
  for (const row of rows) {
    if (byCode.has(row.code)) throw new Error(`${POPULATION_CSV}: code ${row.code} listed twice`);
    byCode.set(row.code, row);
  }
  const known = new Set(municipalities.map((m) => m.code));
  const stray = rows.filter((r) => !known.has(r.code)).map((r) => `${r.code} ${r.name}`);
  if (stray.length) throw new Error(`${POPULATION_CSV}: not a DAGI municipality: ${stray.join(', ')}`);
  const file: PopulationFile = {
    version: POPULATION_VERSION,
    about: ABOUT,
    source: { ...POPULATION_SOURCE },
    municipalities: [...municipalities]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((m) => {
        const row = byCode.get(m.code);
        if (!row) throw new Error(`${POPULATION_CSV}: no row for municipality ${m.code} ${m.name}`);
        const inside = (p: [number, number]) => pointInPolygon(p, m.geometry);
        const towns = places.filter((p) => inside([p.lon, p.lat]));
        let point;
        try {
          point = measuringPoint(towns, inside);
        } catch (error) {
          throw new Error(`municipality ${m.code} ${m.name}: ${(error as Error).message} in the gazetteer`);
        }
        return { code: m.code, name: row.name, residents: row.residents, ...point };
      }),
  };
  return decodePopulationFile(file);
}

export function loadPopulationRows(): CsvRow[] {
  return parsePopulationCsv(readFileSync(abs(POPULATION_CSV), 'utf8'));
}

/** One municipality per line, so a new count shows as a small diff. */
export function serialisePopulationFile(file: PopulationFile): string {
  const rows = file.municipalities.map((m) => `    ${JSON.stringify(m)}`).join(',\n');
  return [
    '{',
    `  "version": ${file.version},`,
    `  "about": ${JSON.stringify(file.about)},`,
    `  "source": ${JSON.stringify(file.source)},`,
    '  "municipalities": [',
    rows,
    '  ]',
    '}',
    '',
  ].join('\n');
}
