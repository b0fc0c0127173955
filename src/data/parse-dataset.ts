import { DatasetValidationError, parseJsonText, toProblems } from './format-validation-error';
import { datasetSchema, type Dataset } from '@/model/dataset-schema';

export { DatasetValidationError };

/**
 * Validates fetched dataset JSON. Throws DatasetValidationError naming file, record, field and reason,
 * so the app can show what is wrong instead of a blank page. `file` is how the message names the file.
 */
export function parseDataset(raw: unknown, file = 'data/dataset.json'): Dataset {
  const result = datasetSchema.safeParse(raw);
  if (!result.success) throw new DatasetValidationError(toProblems(result.error.issues, raw, file));
  return result.data;
}

/** Parses response text first, so malformed JSON gets the same kind of message. */
export function parseDatasetText(text: string, file = 'data/dataset.json'): Dataset {
  return parseDataset(parseJsonText(text, file), file);
}
