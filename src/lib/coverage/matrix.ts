import type { SortDirection } from '@/model/sort';
import { COUNTABLE_STATUSES } from '@/model/schema';
import { coverageByArea, type ClusterCell } from './area-coverage';
import type { AreaUnit } from './geography';
import type { CoveragePresence } from './rules';
import { statusStrength } from './statuses';

export interface MatrixRow {
  clusterId: string;
  /** By area code: the cluster's strongest status there of any status, or null (none). */
  cells: Record<string, ClusterCell | null>;
}

/** Clusters × areas; every status shows (established, announced, none), so the switch does not hide any. */
export function coverageMatrix(
  presences: readonly CoveragePresence[],
  units: readonly AreaUnit[],
  clusterIds: readonly string[],
): MatrixRow[] {
  const areas = coverageByArea({ presences, units, clusterIds, statuses: COUNTABLE_STATUSES });
  return clusterIds.map((clusterId) => ({
    clusterId,
    cells: Object.fromEntries(
      areas.map((a) => [a.unit.code, a.present.find((c) => c.clusterId === clusterId) ?? null]),
    ),
  }));
}

export interface MatrixSort {
  /** 'cluster' sorts by name; an area code sorts by the strength of the status in that column. */
  key: string;
  direction: SortDirection;
}

export function sortMatrix(
  rows: readonly MatrixRow[],
  sort: MatrixSort,
  clusterName: (id: string) => string,
  locale = 'da',
): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) =>
    clusterName(a.clusterId).localeCompare(clusterName(b.clusterId), locale);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'cluster') return sign * byName(a, b);
    const diff =
      statusStrength(a.cells[sort.key]?.status ?? null) - statusStrength(b.cells[sort.key]?.status ?? null);
    // Ties stay alphabetical whichever way the column runs.
    return diff !== 0 ? sign * diff : byName(a, b);
  });
}
