/** Test-only: the real dataset, base map and compact gazetteer from disk, as an import context. */
import { readFileSync } from 'node:fs';
import { decodeBaseMap } from '@/model/base-map';
import { gazetteerFileSchema } from '@/model/gazetteer-schema';
import { datasetSchema } from '@/model/dataset-schema';
import { baseMapJson, datasetJson } from '@/testing/test-files';
import { adminFromBaseMap } from '@/lib/import/admin';
import { createClusterResolver } from '@/lib/import/clusters';
import { createPlaceIndex } from '@/lib/import/place-index';
import type { ImportContext } from '@/lib/import/row-to-presence';

export const dataset = datasetSchema.parse(datasetJson());
export const baseMap = decodeBaseMap(baseMapJson());
export const gazetteerFile = gazetteerFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../public/data/gazetteer.json', import.meta.url), 'utf8')),
);

export const context: ImportContext = {
  resolveCluster: createClusterResolver(dataset.clusters),
  places: createPlaceIndex(gazetteerFile),
  admin: adminFromBaseMap(baseMap),
};
