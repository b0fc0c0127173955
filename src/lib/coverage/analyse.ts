import type { Cluster } from '@/model/schema';
import { coverageByArea, type AreaCoverage } from './area-coverage';
import { countedPresences, distanceByMunicipality, type MunicipalityDistance } from './distance';
import type { Geography } from './geography';
import type { CoveragePresence } from './rules';
import { selectedClusterIds, type ClusterSelection } from './selection';
import { countedStatuses } from './statuses';
import type { AreaLevel } from '@/model/view';

export interface CoverageOptions {
  level: AreaLevel;
  includeAnnounced: boolean;
  selection: ClusterSelection;
}

export interface CoverageAnalysis {
  clusterIds: string[];
  statuses: ReturnType<typeof countedStatuses>;
  /** Per area at the chosen level, in the base map's order. */
  areas: AreaCoverage[];
  /** Per municipality, whatever the level: distance is always measured per municipality. */
  distances: MunicipalityDistance[];
}

/** Everything the coverage view shows, from one call, so the map and the panel cannot disagree. */
export function analyseCoverage(
  data: {
    clusters: readonly Pick<Cluster, 'id' | 'businessArea' | 'emerging'>[];
    presences: readonly CoveragePresence[];
  },
  geography: Geography,
  options: CoverageOptions,
): CoverageAnalysis {
  const clusterIds = selectedClusterIds(data.clusters, options.selection);
  const statuses = countedStatuses(options.includeAnnounced);
  return {
    clusterIds,
    statuses,
    areas: coverageByArea({
      presences: data.presences,
      units: geography.units[options.level],
      clusterIds,
      statuses,
    }),
    distances: distanceByMunicipality(
      geography.municipalities,
      countedPresences(data.presences, clusterIds, statuses),
    ),
  };
}
