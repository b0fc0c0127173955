import type { Cluster } from '@/model/schema';

/** The cluster-level filters coverage respects; statuses, places and bases do not narrow coverage. */
export const CLUSTER_SELECTION_KEYS = ['businessAreas', 'clusters', 'tracks'] as const;

export interface ClusterSelection {
  businessAreas: readonly string[];
  clusters: readonly string[];
  tracks: readonly string[];
}

/** Ids of the clusters the filters let through, in the note's order; an empty facet does not restrict. */
export function selectedClusterIds(
  clusters: readonly Pick<Cluster, 'id' | 'businessArea' | 'emerging'>[],
  selection: ClusterSelection,
): string[] {
  const allows = (wanted: readonly string[], value: string) => !wanted.length || wanted.includes(value);
  return clusters
    .filter(
      (c) =>
        allows(selection.businessAreas, c.businessArea.id) &&
        allows(selection.clusters, c.id) &&
        allows(selection.tracks, c.emerging.value ? 'emerging' : 'national'),
    )
    .map((c) => c.id);
}
