/**
 * Areas side by side, as U.S. Cluster Mapping's region comparison sets them: the same measures per
 * area, then each cluster's strongest status per area. Built from the areas' profiles, so the table
 * and its CSV show exactly the profiles' numbers.
 */
import type { PresenceStatus } from '@/model/schema';
import { toCsv } from '@/lib/csv/write';
import { strongestStatus } from '@/lib/coverage/statuses';
import type { CoveragePresence } from '@/lib/coverage/rules';
import type { AreaProfile, ProfilePresence } from './profile';
import { percentOf } from './profile-json';
import type { Rank } from './ranks';

export interface CompareCell {
  /** The strongest status of the cluster's presences here, counted or not; null: none. */
  status: PresenceStatus | null;
  /** Every presence behind it is area-level. */
  areaLevel: boolean;
}

/** Each cluster's cell in one area, from the profile's presences. */
export function clusterCell<P extends CoveragePresence>(
  profile: AreaProfile<P>,
  clusterId: string,
): CompareCell {
  // A closed presence is history, not a status here (the profile lists it apart).
  const { established, announced, areaLevel } = profile.present;
  const own = (list: ProfilePresence<P>[]) => list.filter((i) => i.presence.clusterId === clusterId);
  const local = [...own(established), ...own(announced)];
  const wide = own(areaLevel);
  const status = strongestStatus([...local, ...wide].map((i) => i.presence.status));
  return { status, areaLevel: status !== null && local.length === 0 };
}

export const MEASURES = [
  'kind',
  'residents',
  'share_of_denmark_percent',
  'clusters_present',
  'residents_within_25km',
  'residents_within_50km',
  'rank_clusters',
  'rank_within_25km',
  'rank_within_50km',
] as const;
export type Measure = (typeof MEASURES)[number];

/** The rank behind each rank measure (src/lib/area-profile/ranks.ts). */
export const RANK_OF = {
  rank_clusters: 'clusters',
  rank_within_25km: 'within25',
  rank_within_50km: 'within50',
} as const satisfies Partial<Record<Measure, keyof NonNullable<AreaProfile<CoveragePresence>['ranks']>>>;

export const isRankMeasure = (m: Measure): m is keyof typeof RANK_OF => m in RANK_OF;

const rankText = (r: Rank | undefined) => (r ? `${r.position}/${r.of}${r.tied ? '=' : ''}` : null);

/** One measure's value for one area: numbers as numbers, ranks as "3/5" ("3/5=" when shared). */
export function measureValue<P extends CoveragePresence>(
  profile: AreaProfile<P>,
  measure: Measure,
): string | number | null {
  switch (measure) {
    case 'kind':
      return profile.unit.level;
    case 'residents':
      return profile.residents;
    case 'share_of_denmark_percent':
      return percentOf(profile.shareOfDenmark);
    case 'clusters_present':
      return profile.presentClusterIds.length;
    case 'residents_within_25km':
      return profile.within[25];
    case 'residents_within_50km':
      return profile.within[50];
    case 'rank_clusters':
    case 'rank_within_25km':
    case 'rank_within_50km':
      return rankText(profile.ranks?.[RANK_OF[measure]]);
  }
}

export interface CompareText {
  areaName: (profile: AreaProfile<CoveragePresence>) => string;
  measureLabel: (measure: Measure) => string;
  clusterName: (id: string) => string;
  cellText: (cell: CompareCell) => string;
}

/** The table as CSV: `row, label`, then one column per area; measures first, then the clusters. */
export function comparisonCsv<P extends CoveragePresence>(
  profiles: readonly AreaProfile<P>[],
  text: CompareText,
): string {
  const clusterIds = profiles[0]?.clusterIds ?? [];
  return toCsv([
    ['row', 'label', ...profiles.map(text.areaName)],
    ...MEASURES.map((m) => [m, text.measureLabel(m), ...profiles.map((p) => measureValue(p, m))]),
    ...clusterIds.map((id) => [
      `cluster:${id}`,
      text.clusterName(id),
      ...profiles.map((p) => text.cellText(clusterCell(p, id))),
    ]),
  ]);
}
