import { toCsv } from '../csv/write';
import type { AreaCoverage, ClusterCell } from './area-coverage';
import type { AreaUnit } from './geography';
import type { MatrixRow } from './matrix';
import type { AreaResidents } from './residents';

/**
 * `clusters_present` counts every cluster present (as the map does); `clusters_inferred` says how many of
 * them are present only through an inferred fact (a head office read from a name, a place read from a
 * project), and `inferred_cluster_ids` which, so a reader can count them apart. `residents` are the
 * area's, `residents_within_25km` and `…_50km` those within reach of a counted presence
 * (src/lib/coverage/residents.ts).
 */
export const COVERAGE_CSV_HEADER = [
  'area_code',
  'area_name',
  'clusters_present',
  'cluster_ids',
  'clusters_inferred',
  'inferred_cluster_ids',
  'residents',
  'residents_within_25km',
  'residents_within_50km',
] as const;

/**
 * The CLI's output and the panel's download: one row per area, cluster ids separated by ";", and the
 * area's residents with those within 25 and 50 km of a counted presence (`residents` holds the same
 * areas, src/lib/coverage/residents.ts).
 */
export function coverageCsv(areas: readonly AreaCoverage[], residents: readonly AreaResidents[]): string {
  const people = new Map(residents.map((r) => [r.unit.code, r]));
  return toCsv([
    COVERAGE_CSV_HEADER,
    ...areas.map((a) => {
      const inferred = a.present.filter((c) => c.inferred);
      const r = people.get(a.unit.code);
      if (!r) throw new Error(`no residents for ${a.unit.level} ${a.unit.code}`);
      return [
        a.unit.code,
        a.unit.name,
        a.present.length,
        a.present.map((c) => c.clusterId).join(';'),
        inferred.length,
        inferred.map((c) => c.clusterId).join(';'),
        r.residents,
        r.within[25],
        r.within[50],
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
