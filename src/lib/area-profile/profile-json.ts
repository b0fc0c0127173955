/**
 * An area profile as plain JSON: what `npm run -s export -- area <code>` prints, with the panel's
 * numbers (distances rounded to 0.1 km as the panel shows them; counts exact).
 */
import type { Presence } from '@/model/schema';
import type { AreaUnit } from '@/lib/coverage/geography';
import type { Population } from '@/lib/population/population';
import type { AreaProfile, ProfilePresence } from './profile';
import type { Rank } from './ranks';

const area = (unit: AreaUnit) => ({
  kind: unit.level,
  code: unit.code,
  name: unit.name,
  nameEn: unit.nameEn,
});

/** Kilometres as the panel shows them: one decimal. */
export const roundKm = (km: number): number => Math.round(km * 10) / 10;

/** The share of Denmark as the panel shows it: a percentage with one decimal. */
export const percentOf = (share: number): number => Math.round(share * 1000) / 10;

const rank = (r: Rank) => ({ position: r.position, of: r.of, tied: r.tied });

export function profileJson(
  profile: AreaProfile<Presence>,
  population: Population,
  clusterName: (id: string) => string,
) {
  const presence = ({ presence: p, counted }: ProfilePresence<Presence>) => ({
    presenceId: p.id,
    clusterId: p.clusterId,
    cluster: clusterName(p.clusterId),
    place: p.place,
    status: p.status,
    kind: p.kind,
    precision: p.precision,
    counted,
    quote: p.quote,
  });
  return {
    area: area(profile.unit),
    residents: profile.residents,
    shareOfDenmarkPercent: percentOf(profile.shareOfDenmark),
    residentsDate: population.date,
    source: population.attribution,
    within: profile.relations.within.map(area),
    sameAs: profile.relations.same.map(area),
    contains: profile.relations.contains.map(area),
    municipalities: profile.relations.municipalities.map((m) => ({ code: m.code, name: m.name })),
    counting: { statuses: [...profile.statuses], clusterIds: profile.clusterIds, filtered: profile.filtered },
    present: {
      clusterIds: profile.presentClusterIds,
      established: profile.present.established.map(presence),
      announced: profile.present.announced.map(presence),
      areaLevel: profile.present.areaLevel.map(presence),
      closed: profile.present.closed.map(presence),
    },
    absent: profile.absent.map((a) => ({
      clusterId: a.clusterId,
      cluster: clusterName(a.clusterId),
      announcedHere: a.announcedHere,
      nearest: a.nearest && {
        km: roundKm(a.nearest.km),
        areaLevel: a.nearest.areaLevel,
        presences: a.nearest.presences.map((n) => ({ presenceId: n.presenceId, place: n.place })),
        from: { code: a.nearest.from.code, name: a.nearest.from.name },
      },
    })),
    residentsWithin: { km25: profile.within[25], km50: profile.within[50] },
    residentsWithinAnyCluster: profile.withinAnyCluster && {
      km25: profile.withinAnyCluster[25],
      km50: profile.withinAnyCluster[50],
    },
    ranks: profile.ranks && {
      peers: profile.ranks.peers,
      clusters: rank(profile.ranks.clusters),
      within25km: rank(profile.ranks.within25),
      within50km: rank(profile.ranks.within50),
    },
  };
}
