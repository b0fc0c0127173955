import type { ValidationProblem } from './format-validation-error';

/** Why a data file could not be used; the UI turns this into a translated, specific message. */
export type DataLoadErrorKind = 'http' | 'network' | 'json' | 'schema';

export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  constructor(
    readonly kind: DataLoadErrorKind,
    readonly file: string,
    /** Status line, parser message or schema issues, in English as the tools report them. */
    readonly detail: string,
    readonly status?: number,
    /** For a schema error: each problem with its record, field and reason, so the UI can list them. */
    readonly problems?: readonly ValidationProblem[],
  ) {
    super(`${file}: ${kind}: ${detail}`);
  }
}
