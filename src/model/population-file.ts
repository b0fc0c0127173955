/**
 * public/data/population.json: the residents of Denmark's 98 municipalities on one date (Danmarks
 * Statistik, FOLK1AM) and the point each municipality's distances are measured from
 * (src/lib/population/measuring-point.ts). Written by `npm run data:build` from geo/raw/population/;
 * the app loads it with the coverage view and the area profile, never on the first view, and the
 * CLI reads the same file. Decoded by hand (no zod in those chunks), every problem named.
 */

export const POPULATION_VERSION = 1;

export interface MunicipalityResidents {
  /** DAGI municipality code, four digits ("0101"): the join key, never the name. */
  code: string;
  /** Danmarks Statistik's spelling ("Nordfyns"). */
  name: string;
  residents: number;
  /** [lon, lat] distances are measured from. */
  point: [number, number];
  /** The gazetteer towns that weighed in, heaviest first. */
  towns: string[];
  /** The town used because the weighted mean fell outside the municipality, or null. */
  snapped: string | null;
}

export interface PopulationFile {
  version: typeof POPULATION_VERSION;
  about: string;
  source: {
    publisher: string;
    table: string;
    /** The count's date, ISO (2021-10-01). */
    date: string;
    /** To show wherever the figures are shown, in these words. */
    attribution: string;
  };
  municipalities: MunicipalityResidents[];
}

const CODE = /^\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

class PopulationFileError extends Error {}

const fail = (where: string, reason: string): never => {
  throw new PopulationFileError(`${where}: ${reason}`);
};

const text = (value: unknown, where: string): string =>
  typeof value === 'string' && value.trim() ? value : fail(where, 'expected a non-empty text');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function municipality(raw: unknown, index: number): MunicipalityResidents {
  if (!isRecord(raw)) return fail(`municipalities[${index}]`, 'expected an object');
  const where = `municipality "${typeof raw.code === 'string' ? raw.code : index}"`;
  const code = text(raw.code, `${where} field "code"`);
  if (!CODE.test(code)) fail(`${where} field "code"`, 'expected four digits');
  const residents = raw.residents;
  if (typeof residents !== 'number' || !Number.isSafeInteger(residents) || residents < 0)
    fail(`${where} field "residents"`, 'expected a whole number of 0 or more');
  const point = raw.point;
  if (
    !Array.isArray(point) ||
    point.length !== 2 ||
    !point.every((v) => typeof v === 'number' && Number.isFinite(v)) ||
    Math.abs(point[0] as number) > 180 ||
    Math.abs(point[1] as number) > 90
  )
    fail(`${where} field "point"`, 'expected [longitude, latitude]');
  if (!Array.isArray(raw.towns) || !raw.towns.length)
    fail(`${where} field "towns"`, 'expected a list of towns');
  const towns = (raw.towns as unknown[]).map((t, i) => text(t, `${where} field "towns[${i}]"`));
  const snapped = raw.snapped === null ? null : text(raw.snapped, `${where} field "snapped"`);
  return {
    code,
    name: text(raw.name, `${where} field "name"`),
    residents: residents as number,
    point: point as [number, number],
    towns,
    snapped,
  };
}

/** Validates the file; throws an Error naming the record and field of the first problem. */
export function decodePopulationFile(json: unknown): PopulationFile {
  if (!isRecord(json)) return fail('file', 'expected a JSON object');
  if (json.version !== POPULATION_VERSION) fail('field "version"', `expected ${POPULATION_VERSION}`);
  const source = json.source;
  if (!isRecord(source)) return fail('field "source"', 'expected an object');
  const date = text(source.date, 'field "source.date"');
  if (!DATE.test(date)) fail('field "source.date"', 'expected a date as YYYY-MM-DD');
  if (!Array.isArray(json.municipalities) || !json.municipalities.length)
    fail('field "municipalities"', 'expected a list of municipalities');
  const municipalities = (json.municipalities as unknown[]).map(municipality);
  const seen = new Set<string>();
  for (const m of municipalities) {
    if (seen.has(m.code)) fail(`municipality "${m.code}"`, 'listed twice');
    seen.add(m.code);
  }
  return {
    version: POPULATION_VERSION,
    about: text(json.about, 'field "about"'),
    source: {
      publisher: text(source.publisher, 'field "source.publisher"'),
      table: text(source.table, 'field "source.table"'),
      date,
      attribution: text(source.attribution, 'field "source.attribution"'),
    },
    municipalities,
  };
}
