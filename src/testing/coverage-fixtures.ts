/** Test-only: the real dataset, base map and population from disk, and a maker for synthetic presences. */
import { readFileSync } from 'node:fs';
import { decodeBaseMap } from '@/model/base-map';
import { datasetSchema } from '@/model/dataset-schema';
import { decodePopulationFile } from '@/model/population-file';
import { datasetJson } from '@/testing/test-files';
import { geographyFromBaseMap } from '@/lib/coverage/geography';
import type { CoveragePresence } from '@/lib/coverage/rules';
import { populationFromFile } from '@/lib/population/population';

export const dataset = datasetSchema.parse(datasetJson());

export const geography = geographyFromBaseMap(
  decodeBaseMap(
    JSON.parse(readFileSync(new URL('../../public/geo/denmark.topo.json', import.meta.url), 'utf8')),
  ),
);

export const population = populationFromFile(
  decodePopulationFile(
    JSON.parse(readFileSync(new URL('../../public/data/population.json', import.meta.url), 'utf8')),
  ),
);

export const ALL_CLUSTERS = dataset.clusters.map((c) => c.id);

export function unit(level: keyof typeof geography.units, code: string) {
  const found = geography.units[level].find((u) => u.code === code);
  if (!found) throw new Error(`no ${level} ${code}`);
  return found;
}

/** Region Sjælland's municipalities, as the dataset lists them for "på Sjælland". */
export const SJAELLAND = unit('region', '1085').municipalityCodes;

export function presence(
  overrides: Partial<CoveragePresence> & Pick<CoveragePresence, 'id'>,
): CoveragePresence {
  return {
    clusterId: 'a',
    place: overrides.id,
    status: 'established',
    precision: 'city',
    point: [12.08035, 55.64152],
    municipalityCodes: ['0265'],
    basis: { type: 'stated' },
    placeLink: { inferred: false },
    ...overrides,
  };
}
