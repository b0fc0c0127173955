/**
 * The base map file and how it is read, without React: the app's query (base-map.ts) and the import
 * worker, which places rows on the same boundaries off the main thread, both load it through here.
 */
import { assetUrl, fetchJson } from './fetch';
import { decodeBaseMap, type BaseMap } from '@/model/base-map';

export const BASE_MAP_URL = assetUrl('geo/denmark.topo.json');

export const loadBaseMap = (signal?: AbortSignal): Promise<BaseMap> =>
  fetchJson(BASE_MAP_URL, decodeBaseMap, signal);
