import type { BaseMap } from '@/model/base-map';
import type { GazetteerFile } from '@/model/gazetteer-schema';
import type { Dataset } from '@/model/schema';
import { adminFromBaseMap } from '@/lib/import/admin';
import { createClusterResolver } from '@/lib/import/clusters';
import { createPlaceIndex, type PlaceIndex } from '@/lib/import/place-index';
import type { ImportContext } from '@/lib/import/row-to-presence';

const places = new WeakMap<GazetteerFile, PlaceIndex>();
const clusters = new WeakMap<Dataset, ImportContext['resolveCluster']>();

function cached<K extends object, V>(map: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make(key)));
  return value;
}

/** What resolving rows needs, built once per loaded gazetteer, dataset and base map. */
export function importContext(gazetteer: GazetteerFile, dataset: Dataset, baseMap: BaseMap): ImportContext {
  return {
    places: cached(places, gazetteer, createPlaceIndex),
    resolveCluster: cached(clusters, dataset, (d) => createClusterResolver(d.clusters)),
    admin: adminFromBaseMap(baseMap),
  };
}
