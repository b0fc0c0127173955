import { DatasetValidationError, parseJsonText, toProblems, type IssueLike } from './format-validation-error';
import { historyCrossCheck } from '@/model/history-cross-check';
import { historySchema, type History } from '@/model/history-schema';
import type { Dataset } from '@/model/dataset-schema';

/**
 * Validates fetched history JSON against its schema and against the dataset it extends. Throws
 * DatasetValidationError naming file, record, field and reason, like parseDataset.
 */
export function parseHistory(raw: unknown, dataset: Dataset, file = 'data/history.json'): History {
  const result = historySchema.safeParse(raw);
  if (!result.success) throw new DatasetValidationError(toProblems(result.error.issues, raw, file));
  const issues: IssueLike[] = [];
  historyCrossCheck(result.data, dataset, { addIssue: (issue) => void issues.push(issue as IssueLike) });
  if (issues.length) throw new DatasetValidationError(toProblems(issues, result.data, file));
  return result.data;
}

/** Parses response text first, so malformed JSON gets the same kind of message. */
export function parseHistoryText(text: string, dataset: Dataset, file = 'data/history.json'): History {
  return parseHistory(parseJsonText(text, file), dataset, file);
}
