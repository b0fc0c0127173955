/** Test-only: the real dataset and base map, read from disk. Not imported by app code. */
import { decodeBaseMap } from '@/model/base-map';
import { datasetSchema } from '@/model/dataset-schema';
import { baseMapJson, datasetJson } from '@/testing/test-files';

export const dataset = datasetSchema.parse(datasetJson());
export const baseMap = decodeBaseMap(baseMapJson());

export function presence(id: string) {
  const found = dataset.presences.find((p) => p.id === id);
  if (!found) throw new Error(`no presence ${id}`);
  return found;
}
