/**
 * A file's row problems as columns, like packed-presences.ts: a wrong file of 50 000 rows has as many
 * problems, and they cross from the import worker to the page without one object per problem. The
 * dialog shows the first ones and the download writes them all.
 */
import type { ImportField } from './columns';
import type { RowProblem, RowProblemCode } from './problems';

export interface PackedProblems {
  count: number;
  /** How many rows have at least one problem. */
  rowsWithProblems: number;
  rows: Int32Array;
  fields: (ImportField | null)[];
  columns: (string | null)[];
  codes: RowProblemCode[];
  values: (string | null)[];
  details: (string | null)[];
}

export function packProblems(problems: readonly RowProblem[]): PackedProblems {
  return {
    count: problems.length,
    rowsWithProblems: new Set(problems.map((p) => p.row)).size,
    rows: Int32Array.from(problems, (p) => p.row),
    fields: problems.map((p) => p.field),
    columns: problems.map((p) => p.column),
    codes: problems.map((p) => p.code),
    values: problems.map((p) => p.value),
    details: problems.map((p) => p.detail),
  };
}

/** The first `limit` problems (all by default), as objects again. */
export function unpackProblems(packed: PackedProblems, limit = packed.count): RowProblem[] {
  return Array.from({ length: Math.min(limit, packed.count) }, (_, i) => ({
    row: packed.rows[i] as number,
    field: packed.fields[i] ?? null,
    column: packed.columns[i] ?? null,
    code: packed.codes[i] as RowProblemCode,
    value: packed.values[i] ?? null,
    detail: packed.details[i] ?? null,
  }));
}
