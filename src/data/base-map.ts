import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadBaseMap } from './base-map-file';

export { BASE_MAP_URL } from './base-map-file';

export const baseMapQueryOptions = () =>
  queryOptions({
    queryKey: ['base-map'],
    queryFn: ({ signal }) => loadBaseMap(signal),
    staleTime: Infinity,
  });

export const useBaseMap = () => useQuery(baseMapQueryOptions());
