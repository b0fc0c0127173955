import type { Cluster } from '@/model/schema';
import type { Population } from '@/lib/population/population';
import { coverageByArea, type AreaCoverage } from './area-coverage';
import { countedPresences, distanceByMunicipality, type MunicipalityDistance } from './distance';
import type { Geography } from './geography';
import { residentsByArea, residentsMeasure, type AreaResidents, type ResidentsMeasure } from './residents';
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
  /** Per area at the chosen level, in the base map's order: residents, and within 25 and 50 km. */
  residents: AreaResidents[];
  /** The same for all the municipalities: the headline's numbers. */
  denmark: ResidentsMeasure;
}

/** Everything the coverage view shows, from one call, so the map and the panel cannot disagree. */
export function analyseCoverage(
  data: {
    clusters: readonly Pick<Cluster, 'id' | 'businessArea' | 'emerging'>[];
    presences: readonly CoveragePresence[];
  },
  geography: Geography,
  population: Population,
  options: CoverageOptions,
): CoverageAnalysis {
  const clusterIds = selectedClusterIds(data.clusters, options.selection);
  const statuses = countedStatuses(options.includeAnnounced);
  const units = geography.units[options.level];
  const distances = distanceByMunicipality(
    geography.municipalities,
    countedPresences(data.presences, clusterIds, statuses),
    population.points,
  );
  return {
    clusterIds,
    statuses,
    areas: coverageByArea({ presences: data.presences, units, clusterIds, statuses }),
    distances,
    residents: residentsByArea(units, distances, population),
    denmark: residentsMeasure(
      geography.municipalities.map((m) => m.code),
      distances,
      population,
    ),
  };
}
