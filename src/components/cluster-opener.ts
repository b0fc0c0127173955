/**
 * Marks a control that opens a cluster's panel from a view the panel replaces (the overview), so
 * focus can return to it when the panel closes.
 */
export const OPENS_CLUSTER_ATTRIBUTE = 'data-opens-cluster';

export const clusterOpenerProps = (clusterId: string) => ({ [OPENS_CLUSTER_ATTRIBUTE]: clusterId });

export function findClusterOpener(clusterId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${OPENS_CLUSTER_ATTRIBUTE}="${CSS.escape(clusterId)}"]`);
}
