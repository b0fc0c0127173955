/**
 * A whole file → the presences of its good rows and a report of its bad ones. CSV (`;`, `,` or tab,
 * header in Danish or English) or GeoJSON (a FeatureCollection of points or features without geometry).
 */
import type { UserPresence } from '@/model/user-presence-schema';
import { slugify } from '@/lib/text/fold';
import { mapColumns } from './columns';
import { parseCsv, type Separator } from '../csv/read';
import { readGeoJson } from './geojson';
import type { FileProblem, RowProblem } from './problems';
import { rowToPresence, type ImportContext, type ImportRow } from './row-to-presence';

/**
 * An analyst's member register of every cluster, with room to spare; the map aggregates, the list is
 * virtualised and storage is IndexedDB, so this is a limit on waiting, not on memory.
 */
export const MAX_ROWS = 50_000;
/** 50 000 GeoJSON features with long notes fit; anything larger is not a register. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/** Rows checked so far of all; called every PROGRESS_EVERY rows and at the end. */
export type ImportProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 500;

export interface ImportReport {
  format: 'csv' | 'geojson';
  separator: Separator | null;
  /** Data rows read (not counting the header or blank rows). */
  rows: number;
  presences: UserPresence[];
  problems: RowProblem[];
  /** Columns the import does not use (shown, so a misspelt header is noticed). */
  ignoredColumns: string[];
}

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; problem: FileProblem };

const looksLikeJson = (name: string, text: string) => /\.(geo)?json$/i.test(name) || /^\s*[[{]/.test(text);

/** user--<cluster>--<place slug>; a second row for the same cluster and place gets "-2", and so on. */
export function assignIds(presences: readonly Omit<UserPresence, 'id'>[]): UserPresence[] {
  const used = new Map<string, number>();
  return presences.map((p) => {
    const base = `user--${p.clusterId}--${slugify(p.place) || 'sted'}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...p, id: n === 1 ? base : `${base}-${n}` };
  });
}

function convert(
  rows: ImportRow[],
  context: ImportContext,
  problems: RowProblem[],
  onProgress: ImportProgress = () => {},
) {
  const file = { ...context, locations: new Map() };
  const good: Omit<UserPresence, 'id'>[] = [];
  rows.forEach((row, i) => {
    const result = rowToPresence(row, file);
    if (result.ok) good.push(result.presence);
    else problems.push(...result.problems);
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, rows.length);
  });
  onProgress(rows.length, rows.length);
  return assignIds(good);
}

function importCsv(text: string, context: ImportContext, onProgress?: ImportProgress): ImportResult {
  const table = parseCsv(text);
  if (!table.header.some((h) => h.trim())) return { ok: false, problem: { code: 'empty', detail: null } };
  const columns = mapColumns(table.header);
  if (columns.missing.length)
    return { ok: false, problem: { code: 'missing-columns', detail: columns.missing.join(', ') } };
  if (table.records.length > MAX_ROWS)
    return { ok: false, problem: { code: 'too-many-rows', detail: String(MAX_ROWS) } };
  const rows: ImportRow[] = table.records.map((record) => ({
    row: record.row,
    header: columns.header,
    cells: Object.fromEntries(
      Object.entries(columns.index).map(([field, i]) => [field, record.fields[i] ?? '']),
    ),
  }));
  const problems: RowProblem[] = [];
  if (table.unterminatedQuoteRow !== null) {
    problems.push({
      row: table.unterminatedQuoteRow,
      field: null,
      column: null,
      code: 'unterminated-quote',
      value: null,
      detail: null,
    });
  }
  const presences = convert(rows, context, problems, onProgress);
  return {
    ok: true,
    report: {
      format: 'csv',
      separator: table.separator,
      rows: rows.length,
      presences,
      problems: problems.sort((a, b) => a.row - b.row),
      ignoredColumns: [...columns.ignored, ...columns.duplicates],
    },
  };
}

function importGeoJson(text: string, context: ImportContext, onProgress?: ImportProgress): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'invalid-json', detail: error instanceof Error ? error.message : null },
    };
  }
  const read = readGeoJson(json);
  if (!read.ok) return { ok: false, problem: { code: read.problem, detail: null } };
  if (read.rows.length > MAX_ROWS)
    return { ok: false, problem: { code: 'too-many-rows', detail: String(MAX_ROWS) } };
  const problems: RowProblem[] = [];
  const usable = read.rows.filter((row) => {
    if (!row.geometryProblem) return true;
    problems.push({
      row: row.row,
      field: null,
      column: 'geometry',
      code: row.geometryProblem === 'not-point' ? 'geometry-not-point' : 'coordinates-invalid',
      value: null,
      detail: null,
    });
    return false;
  });
  const presences = convert(usable, context, problems, onProgress);
  return {
    ok: true,
    report: {
      format: 'geojson',
      separator: null,
      rows: read.rows.length,
      presences,
      problems: problems.sort((a, b) => a.row - b.row),
      ignoredColumns: [],
    },
  };
}

/** `name` is the file's name (its extension tells GeoJSON from CSV when the content does not). */
export function importText(
  name: string,
  text: string,
  context: ImportContext,
  onProgress?: ImportProgress,
): ImportResult {
  if (!text.trim()) return { ok: false, problem: { code: 'empty', detail: null } };
  return looksLikeJson(name, text)
    ? importGeoJson(text, context, onProgress)
    : importCsv(text, context, onProgress);
}
