/** The compact gazetteer (public/data/gazetteer.json), for the import feature only: never on the first view. */
import { queryOptions } from '@tanstack/react-query';
import { assetUrl, fetchJson } from './fetch';
import { gazetteerFileSchema, type GazetteerFile } from '@/model/gazetteer-schema';

export const GAZETTEER_URL = assetUrl('data/gazetteer.json');

export const gazetteerQueryOptions = () =>
  queryOptions({
    queryKey: ['gazetteer', GAZETTEER_URL],
    queryFn: ({ signal }): Promise<GazetteerFile> =>
      fetchJson(GAZETTEER_URL, (json) => gazetteerFileSchema.parse(json), signal),
    staleTime: Infinity,
  });
