import type { BusinessAreaId, ErhvervshusCode, Presence, RegionCode } from '@/model/schema';
import type { BasisType, FacetValues } from '@/model/filters';

/** What the filter needs to know about a presence's cluster. */
export interface ClusterFacts {
  businessArea: BusinessAreaId;
  emerging: boolean;
}

/** The region and erhvervshus area of a municipality (from the base map's municipality layer). */
export interface MunicipalityUnits {
  region: RegionCode;
  erhvervshus: ErhvervshusCode;
}

export type MunicipalityLookup = ReadonlyMap<string, MunicipalityUnits>;

type FilterablePresence = Pick<
  Presence,
  'clusterId' | 'status' | 'region' | 'erhvervshus' | 'municipalityCodes'
> & { basis: { type: BasisType } };

/**
 * The facet values of one presence.
 *
 * Region and erhvervshus rule: a presence belongs to an area when the build placed it there
 * (`region` / `erhvervshus`, set only when the area contains all of the presence) OR when any
 * municipality it covers lies in that area. So an area-level presence counts wherever it reaches:
 * "på Fyn" (region Syddanmark; erhvervshus null because Middelfart chose Erhvervshus Sydjylland)
 * matches Region Syddanmark, Erhvervshus Fyn and Erhvervshus Sydjylland; "Femern Bælt-projektet"
 * (Lolland, 0360) matches Region Sjælland. A region filter asks "who is present here", and a
 * presence that covers part of the area is present there.
 *
 * Without a municipality lookup (base map not loaded yet) only the build's own fields count.
 */
export function presenceFacetValues(
  presence: FilterablePresence,
  cluster: ClusterFacts | undefined,
  municipalities: MunicipalityLookup = new Map(),
): FacetValues {
  const regions = new Set<RegionCode>();
  const houses = new Set<ErhvervshusCode>();
  if (presence.region) regions.add(presence.region.code);
  if (presence.erhvervshus) houses.add(presence.erhvervshus.code);
  for (const code of presence.municipalityCodes) {
    const units = municipalities.get(code);
    if (units) {
      regions.add(units.region);
      houses.add(units.erhvervshus);
    }
  }
  return {
    businessAreas: cluster ? [cluster.businessArea] : [],
    clusters: [presence.clusterId],
    statuses: [presence.status],
    regions: [...regions],
    erhvervshus: [...houses],
    tracks: cluster ? [cluster.emerging ? 'emerging' : 'national'] : [],
    bases: [presence.basis.type],
  };
}
