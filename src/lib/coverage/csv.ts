import { toCsv } from '../csv/write';
import type { AreaCoverage, ClusterCell } from './area-coverage';
import type { AreaUnit } from './geography';
import type { MatrixRow } from './matrix';

/**
 * `clusters_present` counts every cluster present (as the map does); `clusters_inferred` says how many of
 * them are present only through an inferred fact (a head office read from a name, a place read from a
 * project), and `inferred_cluster_ids` which, so a reader can count them apart.
 */
export const COVERAGE_CSV_HEADER = [
  'area_code',
  'area_name',
  'clusters_present',
  'cluster_ids',
  'clusters_inferred',
  'inferred_cluster_ids',
] as const;

/** The CLI's output and the panel's download: one row per area, cluster ids separated by ";". */
export function coverageCsv(areas: readonly AreaCoverage[]): string {
  return toCsv([
    COVERAGE_CSV_HEADER,
    ...areas.map((a) => {
      const inferred = a.present.filter((c) => c.inferred);
      return [
        a.unit.code,
        a.unit.name,
        a.present.length,
        a.present.map((c) => c.clusterId).join(';'),
        inferred.length,
        inferred.map((c) => c.clusterId).join(';'),
      ];
    }),
  ]);
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
