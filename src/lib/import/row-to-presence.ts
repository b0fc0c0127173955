/**
 * One row of an imported file → a presence with basis 'user', validated with the user presence schema
 * (the dataset's presence schema with the analyst's own source; src/model/user-presence-schema.ts).
 * Every problem of the row is reported, each with its column.
 */
import { USER_TEXT_MAX } from '@/model/schema';
import { userPresenceSchema, type UserPresence } from '@/model/user-presence-schema';
import type { ImportField } from './columns';
import type { ImportAdmin } from './admin';
import { isLocateProblem, locatePlaceOnce, type LocateCache } from './locate-place';
import type { PlaceIndex } from './place-index';
import type { RowProblem, RowProblemCode } from './problems';
import { parseKind, parsePrecision, parseStatus } from './vocab';

export interface ImportRow {
  row: number;
  cells: Partial<Record<ImportField, string>>;
  /** Field → the column as the file names it. */
  header: Partial<Record<ImportField, string>>;
}

export interface ImportContext {
  resolveCluster: (cell: string) => string | undefined;
  places: PlaceIndex;
  admin: ImportAdmin;
}

/** One file's rows share what their places resolved to. */
export interface FileContext extends ImportContext {
  locations: LocateCache;
}

/** Which column a schema issue belongs to. */
const FIELD_OF_PATH: Record<string, ImportField> = {
  clusterId: 'cluster',
  place: 'place',
  status: 'status',
  kind: 'kind',
  precision: 'precision',
  basis: 'source',
  quote: 'note',
  point: 'lon',
};

/** The row's presence without its id (ids are given per file, see import-file.ts). */
export type RowResult =
  { ok: true; presence: Omit<UserPresence, 'id'> } | { ok: false; problems: RowProblem[] };

export function rowToPresence(input: ImportRow, context: FileContext): RowResult {
  const problems: RowProblem[] = [];
  const cell = (field: ImportField) => input.cells[field]?.trim() ?? '';
  const report = (field: ImportField | null, code: RowProblemCode, detail: string | null = null) =>
    problems.push({
      row: input.row,
      field,
      column: field ? (input.header[field] ?? field) : null,
      code,
      value: field ? (input.cells[field] ?? null) : null,
      detail,
    });
  const text = (field: ImportField, max: number, required: boolean): string => {
    const value = cell(field);
    if (!value && required) report(field, 'missing');
    if (value.length > max) report(field, 'too-long', String(max));
    return value;
  };

  const clusterCell = text('cluster', 200, true);
  const clusterId = clusterCell ? context.resolveCluster(clusterCell) : undefined;
  if (clusterCell && !clusterId) report('cluster', 'unknown-cluster');
  const place = text('place', USER_TEXT_MAX.place, true);
  const source = text('source', USER_TEXT_MAX.source, true);
  const note = cell('note')
    ? text('note', USER_TEXT_MAX.note, false)
    : text('quote', USER_TEXT_MAX.note, false);

  const statusCell = text('status', 100, true);
  const status = statusCell ? parseStatus(statusCell) : undefined;
  if (statusCell && !status) report('status', 'unknown-status');
  const kindCell = cell('kind');
  const kind = kindCell ? parseKind(kindCell) : 'presence';
  if (!kind) report('kind', 'unknown-kind');
  const precisionCell = cell('precision');
  const precision = precisionCell ? parsePrecision(precisionCell) : null;
  if (precision === undefined) report('precision', 'unknown-precision');

  const located =
    place || input.cells.lon || input.cells.lat
      ? locatePlaceOnce(
          { place, precision: precision ?? null, lon: input.cells.lon, lat: input.cells.lat },
          context.places,
          context.admin,
          context.locations,
        )
      : null;
  if (located && isLocateProblem(located)) report(located.field, located.code, located.detail ?? null);

  if (problems.length || !clusterId || !status || !kind || !located || isLocateProblem(located))
    return { ok: false, problems };

  const candidate = {
    id: `user--${clusterId}--x`,
    clusterId,
    place,
    status,
    kind,
    basis: { type: 'user' as const, source },
    quote: note,
    ...located,
  };
  const result = userPresenceSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = FIELD_OF_PATH[String(issue.path[0])] ?? null;
      report(field, 'schema', issue.message);
    }
    return { ok: false, problems };
  }
  // The schema's copy, but with the location objects it accepted as they were: the rows of one town
  // then share them (src/lib/import/packed-presences.ts).
  const { id: _id, ...presence } = result.data;
  return { ok: true, presence: { ...presence, ...located } };
}
