/**
 * An area's profile: what is here, what is missing and for how many people. One pure function for the
 * app's panel and the CLI's `export -- area`, on the counting code of src/lib/coverage, so the profile,
 * the coverage view, its CSV and the CLI cannot disagree.
 */
import type { Cluster, PresenceStatus } from '@/model/schema';
import { coverageByArea } from '@/lib/coverage/area-coverage';
import {
  countedPresences,
  distanceByMunicipality,
  type MunicipalityDistance,
  type NearestPresence,
} from '@/lib/coverage/distance';
import type { AreaUnit, Geography, MunicipalityUnit } from '@/lib/coverage/geography';
import { residentsByArea, residentsMeasure, type RadiusKm } from '@/lib/coverage/residents';
import { contribution, type CoveragePresence } from '@/lib/coverage/rules';
import { selectedClusterIds, type ClusterSelection } from '@/lib/coverage/selection';
import { countedStatuses } from '@/lib/coverage/statuses';
import type { Population } from '@/lib/population/population';
import { rankAmong, type Rank } from './ranks';
import { areaRelations, type AreaRelations } from './relations';

export interface ProfileOptions {
  selection: ClusterSelection;
  includeAnnounced: boolean;
}

/** One presence of a cluster in the area, and whether its status counts with the current switch. */
export interface ProfilePresence<P extends CoveragePresence> {
  presence: P;
  counted: boolean;
}

export interface NearestToArea {
  km: number;
  /** 0 km because an area-level presence covers one of the area's municipalities. */
  areaLevel: boolean;
  presences: NearestPresence[];
  /** The area's municipality it is measured from (the nearest one); the area itself for a municipality. */
  from: MunicipalityUnit;
}

export interface AbsentCluster {
  clusterId: string;
  /** The cluster has presences here whose status does not count (announced, with the default). */
  announcedHere: boolean;
  /** Its nearest counted presence, or null when it has none anywhere to measure to. */
  nearest: NearestToArea | null;
}

export interface AreaRanks {
  /** How many areas of the same level there are. */
  peers: number;
  clusters: Rank;
  within25: Rank;
  within50: Rank;
}

export interface AreaProfile<P extends CoveragePresence> {
  unit: AreaUnit;
  relations: AreaRelations;
  residents: number;
  /** Of all the municipalities' residents, 0–1. */
  shareOfDenmark: number;
  /** The clusters the filters let through, in the note's order; `filtered` when that is not all. */
  clusterIds: string[];
  filtered: boolean;
  statuses: readonly PresenceStatus[];
  /** Every presence of those clusters here, by how it is here; each list in cluster order. */
  present: {
    established: ProfilePresence<P>[];
    announced: ProfilePresence<P>[];
    /** Named only as an area ("på Sjælland") that holds or covers this one: any status but closed. */
    areaLevel: ProfilePresence<P>[];
    /** Ended, as a later source says (MARLOG's bankruptcy): shown, never counted. */
    closed: ProfilePresence<P>[];
  };
  /** Clusters present with a counted status, as the coverage cards count them. */
  presentClusterIds: string[];
  absent: AbsentCluster[];
  /** Residents within 25 and 50 km of a counted presence of the selected clusters … */
  within: Record<RadiusKm, number>;
  /** … and of any cluster, given only when the filters narrow the clusters. */
  withinAnyCluster: Record<RadiusKm, number> | null;
  /** Among the areas of its level, on the selected clusters; null for Funen, which has no peers. */
  ranks: AreaRanks | null;
}

interface Data<P extends CoveragePresence> {
  clusters: readonly Pick<Cluster, 'id' | 'businessArea' | 'emerging'>[];
  presences: readonly P[];
}

function nearestTo(unit: AreaUnit, distances: MunicipalityDistance[]): NearestToArea | null {
  const own = new Set(unit.municipalityCodes);
  let best: MunicipalityDistance | null = null;
  for (const d of distances) {
    if (!own.has(d.unit.code) || d.km === null) continue;
    if (!best || d.km < (best.km as number)) best = d;
  }
  if (!best || best.km === null) return null;
  return { km: best.km, areaLevel: best.areaLevel, presences: best.nearest, from: best.unit };
}

export function areaProfile<P extends CoveragePresence>(
  data: Data<P>,
  geography: Geography,
  population: Population,
  unit: AreaUnit,
  options: ProfileOptions,
): AreaProfile<P> {
  const clusterIds = selectedClusterIds(data.clusters, options.selection);
  const allClusterIds = data.clusters.map((c) => c.id);
  const filtered = clusterIds.length !== allClusterIds.length;
  const statuses = countedStatuses(options.includeAnnounced);
  const counted = countedPresences(data.presences, clusterIds, statuses);
  const distances = distanceByMunicipality(geography.municipalities, counted, population.points);

  const present: AreaProfile<P>['present'] = { established: [], announced: [], areaLevel: [], closed: [] };
  const order = new Map(clusterIds.map((id, i) => [id, i]));
  const here = data.presences
    .filter((p) => order.has(p.clusterId))
    .sort((a, b) => (order.get(a.clusterId) ?? 0) - (order.get(b.clusterId) ?? 0));
  for (const p of here) {
    const c = contribution(p, unit);
    if (!c) continue;
    const item = { presence: p, counted: (statuses as readonly string[]).includes(p.status) };
    if (p.status === 'closed') present.closed.push(item);
    else if (c.areaLevel) present.areaLevel.push(item);
    else if (p.status === 'established') present.established.push(item);
    else present.announced.push(item);
  }

  const [coverage] = coverageByArea({ presences: data.presences, units: [unit], clusterIds, statuses });
  const presentClusterIds = coverage?.present.map((c) => c.clusterId) ?? [];
  const uncounted = new Set(coverage?.uncounted.map((c) => c.clusterId));
  const absent = clusterIds
    .filter((id) => !presentClusterIds.includes(id))
    .map((clusterId) => {
      const own = countedPresences(data.presences, [clusterId], statuses);
      const rows = distanceByMunicipality(
        geography.municipalities.filter((m) => unit.municipalityCodes.includes(m.code)),
        own,
        population.points,
      );
      return { clusterId, announcedHere: uncounted.has(clusterId), nearest: nearestTo(unit, rows) };
    });

  const measure = residentsMeasure(unit.municipalityCodes, distances, population);
  const withinAnyCluster = filtered
    ? residentsMeasure(
        unit.municipalityCodes,
        distanceByMunicipality(
          geography.municipalities,
          countedPresences(data.presences, allClusterIds, statuses),
          population.points,
        ),
        population,
      ).within
    : null;

  return {
    unit,
    relations: areaRelations(unit, geography),
    residents: measure.residents,
    shareOfDenmark: population.total ? measure.residents / population.total : 0,
    clusterIds,
    filtered,
    statuses,
    present,
    presentClusterIds,
    absent,
    within: measure.within,
    withinAnyCluster,
    ranks:
      unit.level === 'funen'
        ? null
        : ranks(
            unit,
            geography.units[unit.level],
            data.presences,
            clusterIds,
            statuses,
            distances,
            population,
          ),
  };
}

function ranks(
  unit: AreaUnit,
  peers: readonly AreaUnit[],
  presences: readonly CoveragePresence[],
  clusterIds: readonly string[],
  statuses: readonly PresenceStatus[],
  distances: readonly MunicipalityDistance[],
  population: Population,
): AreaRanks {
  const counts = new Map(
    coverageByArea({ presences, units: peers, clusterIds, statuses }).map((a) => [a.unit, a.present.length]),
  );
  const residents = new Map(residentsByArea(peers, distances, population).map((r) => [r.unit, r]));
  const share = (radius: RadiusKm) => (peer: AreaUnit) => {
    const r = residents.get(peer);
    return r?.residents ? r.within[radius] / r.residents : null;
  };
  return {
    peers: peers.length,
    clusters: rankAmong(peers, unit, (peer) => counts.get(peer) ?? 0),
    within25: rankAmong(peers, unit, share(25)),
    within50: rankAmong(peers, unit, share(50)),
  };
}
