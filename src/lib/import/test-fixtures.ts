/** Test-only: the real dataset, base map and compact gazetteer from disk, as an import context. */
import { readFileSync } from 'node:fs';
import { decodeBaseMap } from '@/data/decode-base-map';
import { gazetteerFileSchema } from '@/data/gazetteer-schema';
import { datasetSchema } from '@/data/dataset-schema';
import { baseMapJson, datasetJson } from '@/data/test-files';
import { adminFromBaseMap } from './admin';
import { createClusterResolver } from './clusters';
import { createPlaceIndex } from './place-index';
import type { ImportContext } from './row-to-presence';

export const dataset = datasetSchema.parse(datasetJson());
export const baseMap = decodeBaseMap(baseMapJson());
export const gazetteerFile = gazetteerFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/data/gazetteer.json', import.meta.url), 'utf8')),
);

export const context: ImportContext = {
  resolveCluster: createClusterResolver(dataset.clusters),
  places: createPlaceIndex(gazetteerFile),
  admin: adminFromBaseMap(baseMap),
};
