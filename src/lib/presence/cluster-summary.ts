import {
  PRESENCE_STATUSES,
  REGION_CODES,
  type Cluster,
  type Presence,
  type PresenceStatus,
  type RegionCode,
} from '@/model/schema';

/** established: at least one established presence · announced: only opening, in progress, planned or considering. */
export type RegionPresence = 'established' | 'announced' | 'none';

export interface ClusterSummary {
  cluster: Cluster;
  /** The cluster's place in the note (0-based), the default order. */
  index: number;
  byStatus: Record<PresenceStatus, number>;
  total: number;
  regions: Record<RegionCode, RegionPresence>;
  /** How many regions hold an established presence, then how many an announced one. */
  regionScore: number;
}

/**
 * The regions a presence lies in: its own region, or, for an area that spans several, the regions
 * of its municipalities (looked up in `regionOf`).
 */
export function presenceRegions(
  p: Presence,
  regionOf: (municipality: string) => string | undefined,
): RegionCode[] {
  if (p.region) return [p.region.code];
  const codes = new Set(p.municipalityCodes.map(regionOf));
  return REGION_CODES.filter((r) => codes.has(r));
}

export function summariseClusters(
  clusters: Cluster[],
  presences: Presence[],
  regionOf: (municipality: string) => string | undefined = () => undefined,
): ClusterSummary[] {
  return clusters.map((cluster, index) => {
    const own = presences.filter((p) => p.clusterId === cluster.id);
    const byStatus = Object.fromEntries(
      PRESENCE_STATUSES.map((s) => [s, own.filter((p) => p.status === s).length]),
    ) as Record<PresenceStatus, number>;
    const regions = Object.fromEntries(REGION_CODES.map((r) => [r, 'none'])) as Record<
      RegionCode,
      RegionPresence
    >;
    for (const p of own) {
      if (p.status === 'closed') continue;
      for (const r of presenceRegions(p, regionOf)) {
        if (p.status === 'established') regions[r] = 'established';
        else if (regions[r] === 'none') regions[r] = 'announced';
      }
    }
    const states = Object.values(regions);
    const regionScore =
      states.filter((s) => s === 'established').length * 10 + states.filter((s) => s === 'announced').length;
    return { cluster, index, byStatus, total: own.length, regions, regionScore };
  });
}
