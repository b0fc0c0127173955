import { PRESENCE_STATUSES, type Cluster, type Presence } from '@/model/schema';

export interface PresenceGroup {
  cluster: Cluster;
  presences: Presence[];
  /** How many of the cluster's presences there are, those past a page's end (firstOfGroups) too. */
  total: number;
}

/** Presences by cluster in the note's order, in one pass; clusters with nothing to show are left out. */
function unsortedGroups(presences: Presence[], clusters: Cluster[]): PresenceGroup[] {
  const byCluster = new Map<string, Presence[]>();
  for (const p of presences) {
    const group = byCluster.get(p.clusterId);
    if (group) group.push(p);
    else byCluster.set(p.clusterId, [p]);
  }
  return clusters.flatMap((cluster) => {
    const members = byCluster.get(cluster.id);
    return members ? [{ cluster, presences: members, total: members.length }] : [];
  });
}

/** Within a cluster: from established to considered, then by place in the reader's alphabet. */
function inListOrder(presences: Presence[], collator: Intl.Collator): Presence[] {
  const rank = new Map(PRESENCE_STATUSES.map((s, i) => [s, i]));
  const of = (p: Presence) => rank.get(p.status) ?? 0;
  return presences.sort((a, b) => of(a) - of(b) || collator.compare(a.place, b.place));
}

/**
 * Presences by cluster in the note's order; within a cluster, from established to considered,
 * then by place. Clusters with nothing to show are left out.
 */
export function groupByCluster(presences: Presence[], clusters: Cluster[], locale: string): PresenceGroup[] {
  return firstOfGroups(presences, clusters, locale, Infinity).groups;
}

/** Clusters the note gives no location for at all: no presence, whatever the filters. */
export function unlocatedClusters(clusters: Cluster[], allPresences: Presence[]): Cluster[] {
  const located = new Set(allPresences.map((p) => p.clusterId));
  return clusters.filter((c) => !located.has(c.id));
}

/**
 * The first `limit` presences of groupByCluster's groups, in order, so a list of thousands (the
 * benchmark's 20 000) renders a page at a time. `hidden` is how many are left out. Only the groups
 * the page reaches are put in order: sorting all 20 000 with the collator took some 30 ms of every
 * filter change on the benchmark machine.
 */
export function firstOfGroups(
  presences: Presence[],
  clusters: Cluster[],
  locale: string,
  limit: number,
): { groups: PresenceGroup[]; hidden: number } {
  const collator = new Intl.Collator(locale);
  let left = limit;
  let hidden = 0;
  const shown: PresenceGroup[] = [];
  for (const g of unsortedGroups(presences, clusters)) {
    const take = left > 0 ? inListOrder(g.presences, collator).slice(0, left) : [];
    hidden += g.presences.length - take.length;
    left -= take.length;
    if (take.length) shown.push({ ...g, presences: take });
  }
  return { groups: shown, hidden };
}
