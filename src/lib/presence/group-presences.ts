import { PRESENCE_STATUSES, type Cluster, type Presence } from '@/data/schema';

export interface PresenceGroup {
  cluster: Cluster;
  presences: Presence[];
}

/**
 * Presences by cluster in the note's order; within a cluster, from established to considered,
 * then by place. Clusters with nothing to show are left out.
 */
export function groupByCluster(presences: Presence[], clusters: Cluster[], locale: string): PresenceGroup[] {
  const collator = new Intl.Collator(locale);
  const rank = (p: Presence) => PRESENCE_STATUSES.indexOf(p.status);
  return clusters
    .map((cluster) => ({
      cluster,
      presences: presences
        .filter((p) => p.clusterId === cluster.id)
        .sort((a, b) => rank(a) - rank(b) || collator.compare(a.place, b.place)),
    }))
    .filter((g) => g.presences.length > 0);
}

/** Clusters the note gives no location for at all: no presence, whatever the filters. */
export function unlocatedClusters(clusters: Cluster[], allPresences: Presence[]): Cluster[] {
  const located = new Set(allPresences.map((p) => p.clusterId));
  return clusters.filter((c) => !located.has(c.id));
}
