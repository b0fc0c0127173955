/**
 * Residents per municipality and the points distances are measured from (public/data/population.json).
 * Only the coverage view and the area profile use it, so it loads with them, never on the first view.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { populationFromFile } from '@/lib/population/population';
import { assetUrl, fetchJson } from './fetch';
import { decodePopulationFile } from '@/model/population-file';

export const POPULATION_URL = assetUrl('data/population.json');

export const populationQueryOptions = () =>
  queryOptions({
    queryKey: ['population', POPULATION_URL],
    queryFn: ({ signal }) =>
      fetchJson(POPULATION_URL, (json) => populationFromFile(decodePopulationFile(json)), signal),
    staleTime: Infinity,
  });

/** `enabled: false` reads the file only if something else has loaded it (the export's summary). */
export const usePopulation = (enabled = true) => useQuery({ ...populationQueryOptions(), enabled });
