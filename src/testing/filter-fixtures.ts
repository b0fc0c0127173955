/** Test-only: the real dataset and base map, read from disk. Not imported by app code. */
import { readFileSync } from 'node:fs';
import { decodeBaseMap } from '@/model/base-map';
import { datasetSchema } from '@/model/dataset-schema';
import { datasetJson } from '@/testing/test-files';
import { createMunicipalityLookup } from '@/lib/filter/municipality-lookup';
import type { MunicipalityLookup } from '@/lib/filter/presence-facets';

export const dataset = datasetSchema.parse(datasetJson());

export const baseMap = decodeBaseMap(
  JSON.parse(readFileSync(new URL('../../public/geo/denmark.topo.json', import.meta.url), 'utf8')),
);

export const municipalityLookup: MunicipalityLookup = createMunicipalityLookup(
  baseMap.municipalities.features.map((f) => f.properties),
);
