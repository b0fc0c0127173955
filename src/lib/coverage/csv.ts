import type { AreaCoverage, ClusterCell } from './area-coverage';
import type { AreaUnit } from './geography';
import type { MatrixRow } from './matrix';

/** Excel reads UTF-8 (æ, ø, å) only when the file starts with a byte order mark. */
export const CSV_BOM = '\uFEFF';

/**
 * RFC 4180 quoting, and semicolons quoted too: Danish Excel splits on ";", so a quoted
 * "clean;marlog" stays one cell there as well.
 */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

export const COVERAGE_CSV_HEADER = ['area_code', 'area_name', 'clusters_present', 'cluster_ids'] as const;

/** The CLI's output and the panel's download: one row per area, cluster ids separated by ";". */
export function coverageCsv(areas: readonly AreaCoverage[]): string {
  return toCsv([
    COVERAGE_CSV_HEADER,
    ...areas.map((a) => [
      a.unit.code,
      a.unit.name,
      a.present.length,
      a.present.map((c) => c.clusterId).join(';'),
    ]),
  ]);
}

/** "klyngekort-daekning-region-2026-11-27.csv": the local date, so a file says when it was taken. */
export function csvFileName(stem: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `klyngekort-${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

/**
 * The matrix as shown: one row per cluster in the shown order, one column per area (Danish names, as in
 * the coverage CSV). `cellText` words a cell in the reader's language, e.g. "Etableret" or "Ingen".
 */
export function matrixCsv(
  rows: readonly MatrixRow[],
  units: readonly AreaUnit[],
  clusterName: (id: string) => string,
  cellText: (cell: ClusterCell | null) => string,
): string {
  return toCsv([
    ['cluster_id', 'cluster', ...units.map((u) => u.name)],
    ...rows.map((r) => [
      r.clusterId,
      clusterName(r.clusterId),
      ...units.map((u) => cellText(r.cells[u.code] ?? null)),
    ]),
  ]);
}
