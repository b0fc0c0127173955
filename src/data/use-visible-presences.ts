import { useMemo } from 'react';
import { useAppStore } from '@/state/store';
import type { Filters } from '@/state/slices/filters-slice';
import { facetPresences } from '@/lib/filter/faceted-presences';
import { filterFaceted, type Faceted } from '@/lib/filter/match';
import { createMunicipalityLookup } from '@/lib/filter/municipality-lookup';
import type { MunicipalityLookup } from '@/lib/filter/presence-facets';
import { useBaseMap, type BaseMap } from './base-map';
import { useDataset } from './dataset';
import type { Dataset, Presence } from './schema';

/*
 * Many components call these hooks at once (map, list, legend, panels, filters). The caches make
 * them share one facet computation per dataset and base map, and one filtered array per filter
 * state, so every caller gets the same array and memoised children downstream stay stable.
 */
const lookups = new WeakMap<BaseMap, MunicipalityLookup>();
const faceted = new WeakMap<Dataset, WeakMap<object, Faceted<Presence>[]>>();
const NO_BASE_MAP = {};
const lastFiltered = new WeakMap<Faceted<Presence>[], { filters: object; result: Presence[] }>();

function municipalityLookup(baseMap: BaseMap): MunicipalityLookup {
  let lookup = lookups.get(baseMap);
  if (!lookup) {
    lookup = createMunicipalityLookup(baseMap.municipalities.features.map((f) => f.properties));
    lookups.set(baseMap, lookup);
  }
  return lookup;
}

function facetedFor(dataset: Dataset, baseMap: BaseMap | undefined): Faceted<Presence>[] {
  let byBaseMap = faceted.get(dataset);
  if (!byBaseMap) faceted.set(dataset, (byBaseMap = new WeakMap()));
  const key = baseMap ?? NO_BASE_MAP;
  let items = byBaseMap.get(key);
  if (!items) {
    items = facetPresences(dataset.presences, dataset.clusters, baseMap && municipalityLookup(baseMap));
    byBaseMap.set(key, items);
  }
  return items;
}

/**
 * Every presence with its facet values (business area, region, erhvervshus … see
 * src/lib/filter/presence-facets.ts for the area rule). Regions reached through a presence's
 * municipalities count once the base map has loaded.
 */
export function useFacetedPresences(): Faceted<Presence>[] {
  const { data } = useDataset();
  const { data: baseMap } = useBaseMap();
  return useMemo(() => (data ? facetedFor(data, baseMap) : EMPTY_FACETED), [data, baseMap]);
}

/**
 * The presences the current filters let through: the single source for the map layers, the
 * presence list, the legend counts and the panels, so they always agree.
 */
export function useVisiblePresences(): Presence[] {
  const items = useFacetedPresences();
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => sharedFilter(items, filters), [items, filters]);
}

function sharedFilter(items: Faceted<Presence>[], filters: Filters): Presence[] {
  const last = lastFiltered.get(items);
  if (last?.filters === filters) return last.result;
  const result = filterFaceted(items, filters);
  lastFiltered.set(items, { filters, result });
  return result;
}

const EMPTY_FACETED: Faceted<Presence>[] = [];
