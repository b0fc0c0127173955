import type { Dropped } from './url-state';
import { PARAMS } from './url-state';

export interface IdSelection {
  cluster: string | null;
  presence: string | null;
  clusters: readonly string[];
}

/**
 * Checks the ids a link names against the loaded dataset: unknown ones are dropped and listed.
 * An unknown presence of a known cluster keeps the cluster (the link was about that cluster).
 */
export function validateIds(
  selection: IdSelection,
  known: { clusterIds: ReadonlySet<string>; presenceIds: ReadonlySet<string> },
): IdSelection & { dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  let { cluster, presence } = selection;
  if (presence && !known.presenceIds.has(presence)) {
    dropped.push({ param: PARAMS.presence, value: presence });
    presence = null;
  }
  if (cluster && !known.clusterIds.has(cluster)) {
    if (!dropped.length) dropped.push({ param: PARAMS.cluster, value: cluster });
    cluster = null;
  }
  const clusters = selection.clusters.filter((id) => {
    if (known.clusterIds.has(id)) return true;
    dropped.push({ param: PARAMS.clusters, value: id });
    return false;
  });
  return { cluster, presence, clusters, dropped };
}
