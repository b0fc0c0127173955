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

/**
 * The first `limit` presences of the groups, in order, so a list of thousands (the benchmark's
 * 20 000) renders a page at a time. `hidden` is how many are left out.
 */
export function firstOfGroups(
  groups: PresenceGroup[],
  limit: number,
): { groups: PresenceGroup[]; hidden: number } {
  let left = limit;
  let hidden = 0;
  const shown: PresenceGroup[] = [];
  for (const g of groups) {
    const take = g.presences.slice(0, Math.max(0, left));
    hidden += g.presences.length - take.length;
    left -= take.length;
    if (take.length) shown.push({ cluster: g.cluster, presences: take });
  }
  return { groups: shown, hidden };
}
