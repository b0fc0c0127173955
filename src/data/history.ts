import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDataset } from './dataset';
import { assetUrl, fetchVerifiedJson } from './fetch';
import type { Dataset, History } from '@/model/schema';

/**
 * The sources beyond the note and every dated observation (public/data/history.json). Not part of the
 * first view: fetched only when the map shows every source or a panel needs a presence's history.
 */
export const HISTORY_URL = assetUrl('data/history.json');

const checks = () => import('./check-history');

/**
 * The histories, verified by the digest the build recorded (or validated, for a file the build did not
 * check), then checked against the dataset actually loaded (check-history.ts).
 */
export async function loadHistory(
  dataset: Dataset,
  signal?: AbortSignal,
  digest = __KLYNGEKORT_HISTORY_SHA256__,
): Promise<History> {
  const history = await fetchVerifiedJson(
    HISTORY_URL,
    { digest, loadValidator: async () => (await checks()).historyValidator(dataset, HISTORY_URL) },
    signal,
  );
  (await checks()).crossCheckHistory(history, dataset, HISTORY_URL);
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

type HistoryLib = Awaited<ReturnType<typeof loadHistoryLib>>;
const loadHistoryLib = () => import('@/lib/history/history-lib');

/**
 * The code that reads the histories (dates, changes), loaded once something asks for it (`wanted`),
 * as the histories are: the note alone never loads it. Undefined until it is in.
 */
export function useHistoryLib(wanted: boolean): HistoryLib | undefined {
  return useQuery({
    queryKey: ['history-lib'],
    queryFn: loadHistoryLib,
    staleTime: Infinity,
    enabled: wanted,
  }).data;
}
