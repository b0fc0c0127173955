import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataLoadError } from './data-load-error';
import { DatasetValidationError } from './format-validation-error';
import { assetUrl, fetchJson } from './fetch-json';
import { parseDataset } from './parse-dataset';
import type { Dataset } from './schema';

/** A deployment may point the same build at another data URL (VITE_DATA_URL); by default it ships with the app. */
export const DATASET_URL = import.meta.env.VITE_DATA_URL ?? assetUrl('data/dataset.json');

function validate(json: unknown): Dataset {
  try {
    return parseDataset(json, DATASET_URL);
  } catch (error) {
    if (error instanceof DatasetValidationError)
      throw new DataLoadError('schema', DATASET_URL, error.message, undefined, error.problems);
    throw error;
  }
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', DATASET_URL],
    queryFn: ({ signal }) => fetchJson(DATASET_URL, validate, signal),
    staleTime: Infinity,
  });

export const useDataset = () => useQuery(datasetQueryOptions());
