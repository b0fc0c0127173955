import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataLoadError } from './data-load-error';
import { assetUrl, fetchVerifiedJson } from './fetch';
import type { Dataset } from '@/model/schema';

/** A deployment may point the same build at another data URL (VITE_DATA_URL); by default it ships with the app. */
export const DATASET_URL = import.meta.env.VITE_DATA_URL ?? assetUrl('data/dataset.json');

/** The schema and zod load only for a file the build did not validate (parse-dataset.ts). */
async function loadValidator(): Promise<(json: unknown) => Dataset> {
  const { parseDataset, DatasetValidationError } = await import('./parse-dataset');
  return (json) => {
    try {
      return parseDataset(json, DATASET_URL);
    } catch (error) {
      if (error instanceof DatasetValidationError)
        throw new DataLoadError('schema', DATASET_URL, error.message, undefined, error.problems);
      throw error;
    }
  };
}

/**
 * The shipped dataset.json was validated at build time; the digest proves this is that file, so it is
 * used without validating it again. Any other file is validated as it always was.
 */
export const loadDataset = (signal?: AbortSignal, digest = __KLYNGEKORT_DATASET_SHA256__): Promise<Dataset> =>
  fetchVerifiedJson(DATASET_URL, { digest, loadValidator }, signal);

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', DATASET_URL],
    queryFn: ({ signal }) => loadDataset(signal),
    staleTime: Infinity,
  });

export const useDataset = () => useQuery(datasetQueryOptions());
