import type { MunicipalityResidents, PopulationFile } from '@/model/population-file';

/** The residents file, indexed for counting: the same object for the app and the CLI. */
export interface Population {
  /** ISO date of the count (2021-10-01). */
  date: string;
  /** "Kilde: Danmarks Statistik, FOLK1AM": shown wherever the figures are. */
  attribution: string;
  /** Residents of all the municipalities: Denmark without Christiansø (see geo/raw/population/SOURCE.md). */
  total: number;
  byCode: ReadonlyMap<string, MunicipalityResidents>;
  /** Where each municipality's distances are measured from (src/lib/population/measuring-point.ts). */
  points: ReadonlyMap<string, [number, number]>;
}

const cache = new WeakMap<PopulationFile, Population>();

export function populationFromFile(file: PopulationFile): Population {
  let population = cache.get(file);
  if (!population) {
    population = {
      date: file.source.date,
      attribution: file.source.attribution,
      total: file.municipalities.reduce((sum, m) => sum + m.residents, 0),
      byCode: new Map(file.municipalities.map((m) => [m.code, m])),
      points: new Map(file.municipalities.map((m) => [m.code, m.point])),
    };
    cache.set(file, population);
  }
  return population;
}

/** An area's residents: the sum over its municipalities (regions, erhvervshus areas and Funen alike). */
export function residentsOf(unit: { municipalityCodes: readonly string[] }, population: Population): number {
  let sum = 0;
  for (const code of unit.municipalityCodes) sum += population.byCode.get(code)?.residents ?? 0;
  return sum;
}
