import type { ImportField } from './columns';

/** Why a row cannot be imported; the UI words each code in Danish and English (locale namespace "import"). */
export const ROW_PROBLEM_CODES = [
  'missing',
  'too-long',
  'unknown-cluster',
  'unknown-status',
  'unknown-kind',
  'unknown-precision',
  'place-not-found',
  'place-ambiguous',
  'place-is-area',
  'area-unknown',
  'coordinates-incomplete',
  'coordinates-invalid',
  'coordinates-outside',
  'coordinates-for-area',
  'geometry-not-point',
  'unterminated-quote',
  'schema',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

export interface RowProblem {
  /** Row as a spreadsheet numbers it (header = 1), or feature number in a GeoJSON file. */
  row: number;
  /** The field, or null when the row as a whole is wrong. */
  field: ImportField | null;
  /** The column as the file names it ("klynge", "geometry"), or null. */
  column: string | null;
  code: RowProblemCode;
  /** The offending cell, as written (shown as text, never as HTML). */
  value: string | null;
  /** Extra detail: a count, a limit, or the schema's message. */
  detail: string | null;
}

export const FILE_PROBLEM_CODES = [
  'empty',
  'too-large',
  'too-many-rows',
  'missing-columns',
  'not-geojson',
  'invalid-json',
  'no-gazetteer',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

export interface FileProblem {
  code: FileProblemCode;
  /** e.g. the missing columns, or the limit. */
  detail: string | null;
}
