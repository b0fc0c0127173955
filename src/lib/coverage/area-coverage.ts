import type { PresenceStatus } from '@/model/schema';
import type { AreaUnit } from './geography';
import { contribution, isInferred, type CoveragePresence } from './rules';
import { strongestStatus } from './statuses';

/** One cluster in one area: the strongest status among its presences there and how they count. */
export interface ClusterCell {
  clusterId: string;
  status: PresenceStatus;
  /** Every presence behind the cell is area-level (no office in the area is named). */
  areaLevel: boolean;
  /** Every presence behind the cell is inferred. */
  inferred: boolean;
  presences: CoveragePresence[];
}

export interface AreaCoverage {
  unit: AreaUnit;
  /** Clusters present with a counted status, once each however many presences, in the given cluster order. */
  present: ClusterCell[];
  /** The other clusters with a presence here, none of whose statuses count (with the default: announced only). */
  uncounted: ClusterCell[];
}

export interface CoverageInput {
  presences: readonly CoveragePresence[];
  units: readonly AreaUnit[];
  /** The selected clusters, in display order; presences of other clusters are ignored. */
  clusterIds: readonly string[];
  statuses: readonly PresenceStatus[];
}

function cell(clusterId: string, presences: CoveragePresence[], areaLevel: boolean[]): ClusterCell | null {
  const status = strongestStatus(presences.map((p) => p.status));
  if (!status) return null;
  return {
    clusterId,
    status,
    areaLevel: areaLevel.every(Boolean),
    inferred: presences.every(isInferred),
    presences,
  };
}

export function coverageByArea({ presences, units, clusterIds, statuses }: CoverageInput): AreaCoverage[] {
  const byCluster = new Map<string, CoveragePresence[]>(clusterIds.map((id) => [id, []]));
  for (const p of presences) byCluster.get(p.clusterId)?.push(p);
  return units.map((unit) => {
    const present: ClusterCell[] = [];
    const uncounted: ClusterCell[] = [];
    for (const [clusterId, list] of byCluster) {
      const counted: [CoveragePresence[], boolean[]] = [[], []];
      const other: [CoveragePresence[], boolean[]] = [[], []];
      for (const p of list) {
        const c = contribution(p, unit);
        if (!c) continue;
        const target = statuses.includes(p.status) ? counted : other;
        target[0].push(p);
        target[1].push(c.areaLevel);
      }
      const presentCell = cell(clusterId, ...counted);
      if (presentCell) present.push(presentCell);
      else {
        const otherCell = cell(clusterId, ...other);
        if (otherCell) uncounted.push(otherCell);
      }
    }
    return { unit, present, uncounted };
  });
}

/** Areas where no selected cluster is present with a counted status. */
export const whiteSpots = (areas: readonly AreaCoverage[]): AreaCoverage[] =>
  areas.filter((a) => a.present.length === 0);
