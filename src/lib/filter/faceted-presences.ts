import type { Cluster, Presence } from '@/model/schema';
import type { Faceted } from './match';
import { presenceFacetValues, type ClusterFacts, type MunicipalityLookup } from './presence-facets';

/** Pairs each presence with its facet values once, so filtering and counting never recompute them. */
export function facetPresences(
  presences: readonly Presence[],
  clusters: readonly Cluster[],
  municipalities?: MunicipalityLookup,
): Faceted<Presence>[] {
  const facts = new Map<string, ClusterFacts>(
    clusters.map((c) => [c.id, { businessArea: c.businessArea.id, emerging: c.emerging.value }]),
  );
  return presences.map((item) => ({
    item,
    values: presenceFacetValues(item, facts.get(item.clusterId), municipalities),
  }));
}
