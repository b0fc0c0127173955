import { queryOptions, useQuery } from '@tanstack/react-query';
import { assetUrl, fetchJson } from './fetch';
import { decodeBaseMap } from '@/model/base-map';

export const BASE_MAP_URL = assetUrl('geo/denmark.topo.json');

export const baseMapQueryOptions = () =>
  queryOptions({
    queryKey: ['base-map'],
    queryFn: ({ signal }) => fetchJson(BASE_MAP_URL, decodeBaseMap, signal),
    staleTime: Infinity,
  });

export const useBaseMap = () => useQuery(baseMapQueryOptions());
