/**
 * Turns zod issues into "file, record id, field, reason" messages, e.g.
 *   public/data/dataset.json: presence "clean--roskilde" field "status": Invalid option: expected one of …
 * Used by `npm run data:check`, the data build and the app's error screen.
 */
export interface ValidationProblem {
  file: string;
  /** The record the problem is in, e.g. { type: 'presence', id: 'clean--roskilde' }; null for top-level fields. */
  record: { type: string; id: string } | null;
  /** Path inside the record, e.g. "keyFigures[2].value"; null when the problem is the record as a whole. */
  field: string | null;
  reason: string;
}

const RECORD_TYPES: Record<string, string> = {
  clusters: 'cluster',
  presences: 'presence',
  aliases: 'alias',
  sources: 'source',
  observations: 'observation',
  facts: 'fact',
  conflicts: 'conflict',
};

type Key = PropertyKey;

/** The part of a zod issue we use; custom checks (e.g. provenance) produce the same shape. */
export interface IssueLike {
  code: string;
  path: readonly Key[];
  message: string;
  keys?: readonly string[];
}

function fieldPath(path: readonly Key[]): string | null {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || null;
}

function recordId(record: unknown, index: number): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    if (typeof r.id === 'string' && r.id) return r.id;
    if (Array.isArray(r.names) && typeof r.names[0] === 'string') return r.names[0];
  }
  return `#${index + 1}`;
}

/** `fileFor` maps a top-level collection ("clusters", "presences"…) to the file it came from. */
export function toProblems(
  issues: readonly IssueLike[],
  data: unknown,
  fileFor: string | ((collection: string | null) => string),
): ValidationProblem[] {
  const file = (collection: string | null) => (typeof fileFor === 'string' ? fileFor : fileFor(collection));
  return issues.map((issue) => {
    const path: Key[] = [...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys) path.push(issue.keys.join(', '));
    const [collection, index, ...rest] = path;
    const type = typeof collection === 'string' ? RECORD_TYPES[collection] : undefined;
    if (type && typeof index === 'number') {
      const records = (data as Record<string, unknown[]> | null)?.[collection as string];
      return {
        file: file(collection as string),
        record: { type, id: recordId(records?.[index], index) },
        field: fieldPath(rest),
        reason: issue.message,
      };
    }
    return {
      file: file(typeof collection === 'string' ? collection : null),
      record: null,
      field: fieldPath(path),
      reason: issue.message,
    };
  });
}

export function formatProblem(problem: ValidationProblem): string {
  const where = [
    problem.record ? `${problem.record.type} "${problem.record.id}"` : null,
    problem.field ? `field "${problem.field}"` : null,
  ].filter(Boolean);
  return `${problem.file}: ${where.length ? `${where.join(' ')}: ` : ''}${problem.reason}`;
}

/** Thrown by parseDataset; `problems` lets a UI list them, `message` has one line per problem. */
export class DatasetValidationError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DatasetValidationError';
  }
}

/** JSON.parse, failing as a DatasetValidationError ("file: not valid JSON (…)") like every other problem. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    throw new DatasetValidationError([{ file, record: null, field: null, reason }]);
  }
}
