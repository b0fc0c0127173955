import { DataLoadError } from './data-load-error';
import { DatasetValidationError, toProblems, type IssueLike } from './format-validation-error';
import { historyCrossCheck } from '@/model/history-cross-check';
import type { Dataset, History } from '@/model/schema';

/**
 * Checking the histories (src/data/history.ts), loaded with history.json: with the words for what is
 * wrong (format-validation-error), which the first view then does not carry.
 */

/** The schema and zod load only for a file the build did not validate, as for the dataset. */
export async function historyValidator(dataset: Dataset, file: string): Promise<(json: unknown) => History> {
  const { parseHistory } = await import('./parse-history');
  return (json) => {
    try {
      return parseHistory(json, dataset, file);
    } catch (error) {
      if (error instanceof DatasetValidationError)
        throw new DataLoadError('schema', file, error.message, undefined, error.problems);
      throw error;
    }
  };
}

/**
 * The shipped history.json was checked against the shipped dataset at build time; it is still checked
 * against the dataset actually loaded (a deployment's own VITE_DATA_URL), which needs no zod: ids,
 * sources and clusters must be that dataset's. Throws a DataLoadError listing every problem.
 */
export function crossCheckHistory(history: History, dataset: Dataset, file: string): void {
  const issues: IssueLike[] = [];
  historyCrossCheck(history, dataset, { addIssue: (issue) => void issues.push(issue as IssueLike) });
  if (!issues.length) return;
  const problems = toProblems(issues, history, file);
  throw new DataLoadError('schema', file, problems.map((p) => p.reason).join('; '), undefined, problems);
}
