/** Test-only: the real dataset and base map, read from disk. Not imported by app code. */
import { readFileSync } from 'node:fs';
import { decodeBaseMap } from '@/data/decode-base-map';
import { datasetSchema } from '@/data/dataset-schema';
import { datasetJson } from '@/data/test-files';
import { createMunicipalityLookup } from './municipality-lookup';
import type { MunicipalityLookup } from './presence-facets';

export const dataset = datasetSchema.parse(datasetJson());

export const baseMap = decodeBaseMap(
  JSON.parse(readFileSync(new URL('../../../public/geo/denmark.topo.json', import.meta.url), 'utf8')),
);

export const municipalityLookup: MunicipalityLookup = createMunicipalityLookup(
  baseMap.municipalities.features.map((f) => f.properties),
);
