import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataLoadError } from './data-load-error';
import { useDataset } from './dataset';
import { assetUrl, fetchVerifiedJson } from './fetch';
import { DatasetValidationError, toProblems, type IssueLike } from './format-validation-error';
import { historyCrossCheck } from '@/model/history-cross-check';
import type { Dataset, History } from '@/model/schema';

/**
 * The sources beyond the note and every dated observation (public/data/history.json). Not part of the
 * first view: fetched only when the map shows every source or a panel needs a presence's history.
 */
export const HISTORY_URL = assetUrl('data/history.json');

/** The schema and zod load only for a file the build did not validate, as for the dataset. */
async function loadValidator(dataset: Dataset): Promise<(json: unknown) => History> {
  const { parseHistory } = await import('./parse-history');
  return (json) => {
    try {
      return parseHistory(json, dataset, HISTORY_URL);
    } catch (error) {
      if (error instanceof DatasetValidationError)
        throw new DataLoadError('schema', HISTORY_URL, error.message, undefined, error.problems);
      throw error;
    }
  };
}

/**
 * The shipped history.json was checked against the shipped dataset at build time; its digest proves the
 * file. It is still checked against the dataset actually loaded (a deployment's own VITE_DATA_URL), which
 * needs no zod: ids, sources and clusters must be that dataset's.
 */
export async function loadHistory(
  dataset: Dataset,
  signal?: AbortSignal,
  digest = __KLYNGEKORT_HISTORY_SHA256__,
): Promise<History> {
  const history = await fetchVerifiedJson(
    HISTORY_URL,
    { digest, loadValidator: () => loadValidator(dataset) },
    signal,
  );
  const issues: IssueLike[] = [];
  historyCrossCheck(history, dataset, { addIssue: (issue) => void issues.push(issue as IssueLike) });
  if (issues.length) {
    const problems = toProblems(issues, history, HISTORY_URL);
    throw new DataLoadError(
      'schema',
      HISTORY_URL,
      problems.map((p) => p.reason).join('; '),
      undefined,
      problems,
    );
  }
  return history;
}

export const historyQueryOptions = (dataset: Dataset | undefined) =>
  queryOptions({
    queryKey: ['history', HISTORY_URL, dataset?.generatedFrom.sha256 ?? null],
    queryFn: ({ signal }) => {
      if (!dataset) throw new Error('the dataset has not loaded');
      return loadHistory(dataset, signal);
    },
    staleTime: Infinity,
    enabled: dataset !== undefined,
  });

/** The histories, fetched once something asks for them (`wanted`) and the dataset is in; undefined until then. */
export function useHistory(wanted: boolean) {
  const { data: dataset } = useDataset();
  return useQuery({ ...historyQueryOptions(dataset), enabled: wanted && dataset !== undefined });
}
