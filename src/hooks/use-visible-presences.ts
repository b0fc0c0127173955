import { useDeferredValue, useMemo } from 'react';
import { useAppStore } from '@/state/store';
import { facetPresences } from '@/lib/filter/faceted-presences';
import { filterFaceted, type Faceted } from '@/lib/filter/match';
import { createMunicipalityLookup } from '@/lib/filter/municipality-lookup';
import type { MunicipalityLookup } from '@/lib/filter/presence-facets';
import { useBaseMap } from '@/data/base-map';
import type { BaseMap } from '@/model/base-map';
import { useDataset } from '@/data/dataset';
import { useIncludedImports } from '@/data/imported-presences';
import type { Cluster, Presence, UserPresence } from '@/model/schema';
import { isActive, type Filters } from '@/model/filters';
import { memoPerInput } from '@/lib/memo/memo-last';
import { useSourcePresences } from './use-source-presences';

/*
 * Many components call these hooks at once (map, list, legend, panels, filters). The caches make
 * them share one facet computation per set of presences (the note's, or every source's at a date:
 * use-source-presences.ts) and base map, and one filtered array per filter state, so every caller gets
 * the same array and memoised children downstream stay stable.
 */
const lookups = new WeakMap<BaseMap, MunicipalityLookup>();
const faceted = new WeakMap<Presence[], WeakMap<object, Faceted<Presence>[]>>();
const NO_BASE_MAP = {};
const lastFiltered = new WeakMap<Faceted<Presence>[], { filters: object; result: Presence[] }>();
const withImports = new WeakMap<object, WeakMap<UserPresence[], Faceted<Presence>[]>>();
const allPresences = new WeakMap<Presence[], WeakMap<UserPresence[], Presence[]>>();

function municipalityLookup(baseMap: BaseMap): MunicipalityLookup {
  let lookup = lookups.get(baseMap);
  if (!lookup) {
    lookup = createMunicipalityLookup(baseMap.municipalities.features.map((f) => f.properties));
    lookups.set(baseMap, lookup);
  }
  return lookup;
}

function facetedFor(
  presences: Presence[],
  clusters: Cluster[],
  baseMap: BaseMap | undefined,
): Faceted<Presence>[] {
  let byBaseMap = faceted.get(presences);
  if (!byBaseMap) faceted.set(presences, (byBaseMap = new WeakMap()));
  const key = baseMap ?? NO_BASE_MAP;
  let items = byBaseMap.get(key);
  if (!items) {
    items = facetPresences(presences, clusters, baseMap && municipalityLookup(baseMap));
    byBaseMap.set(key, items);
  }
  return items;
}

/** The base items plus the analyst's imported presences (basis 'user'), once per pair. */
function facetedWithImports(
  presences: Presence[],
  clusters: Cluster[],
  baseMap: BaseMap | undefined,
  imports: UserPresence[],
): Faceted<Presence>[] {
  const base = facetedFor(presences, clusters, baseMap);
  if (!imports.length) return base;
  let byImports = withImports.get(base);
  if (!byImports) withImports.set(base, (byImports = new WeakMap()));
  let items = byImports.get(imports);
  if (!items) {
    const lookup = baseMap && municipalityLookup(baseMap);
    items = [...base, ...facetPresences(imports, clusters, lookup)];
    byImports.set(imports, items);
  }
  return items;
}

/**
 * The imported presences that count here: an embedded map shows what its link says, the same for
 * every reader, so this browser's own data stays out of it (it never travels in a link either).
 */
function useShownImports(): UserPresence[] {
  const imports = useIncludedImports();
  const embed = useAppStore((s) => s.embed);
  // Deferred: a register of thousands arriving re-renders the list, facets, legend and map in a
  // render React slices and interrupts, not in one task that freezes the page (README "Performance").
  return useDeferredValue(embed ? NO_IMPORTS : imports);
}

/**
 * The presences of the chosen sources at the chosen date (the note's by default) and the imported ones
 * that are switched on, as one stable array: for the
 * coverage analysis and for totals ("12 of 30 shown").
 */
export function useAllPresences(): Presence[] {
  const { presences } = useSourcePresences();
  const imports = useShownImports();
  return useMemo(() => {
    if (!presences) return EMPTY_PRESENCES;
    if (!imports.length) return presences;
    let byImports = allPresences.get(presences);
    if (!byImports) allPresences.set(presences, (byImports = new WeakMap()));
    let all = byImports.get(imports);
    if (!all) byImports.set(imports, (all = [...presences, ...imports]));
    return all;
  }, [presences, imports]);
}

/**
 * Every presence with its facet values (business area, region, erhvervshus … see
 * src/lib/filter/presence-facets.ts for the area rule), the analyst's imported ones included unless
 * switched off. Regions reached through a presence's municipalities count once the base map has loaded.
 */
export function useFacetedPresences(): Faceted<Presence>[] {
  const { data } = useDataset();
  const { presences } = useSourcePresences();
  const { data: baseMap } = useBaseMap();
  const imports = useShownImports();
  return useMemo(
    () =>
      data && presences ? facetedWithImports(presences, data.clusters, baseMap, imports) : EMPTY_FACETED,
    [data, presences, baseMap, imports],
  );
}

/**
 * The presences the current filters let through: the single source for the map layers, the
 * presence list, the legend counts and the panels, so they always agree.
 */
export function useVisiblePresences(): Presence[] {
  const items = useFacetedPresences();
  const all = useAllPresences();
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => sharedFilter(items, filters, all), [items, filters, all]);
}

/**
 * With no filter on, what passes is every presence: useAllPresences' own array where it holds the same
 * ones, so what is computed from either (the map's town split at register scale) is computed once.
 */
function sharedFilter(items: Faceted<Presence>[], filters: Filters, all: Presence[]): Presence[] {
  if (!isActive(filters)) return sameItems(items, all) ? all : unfilteredOf(items);
  const last = lastFiltered.get(items);
  if (last?.filters === filters) return last.result;
  const result = filterFaceted(items, filters);
  lastFiltered.set(items, { filters, result });
  return result;
}

/**
 * Both hooks list the same presences in the same order (the source's, then the imports), but while
 * the dataset is still loading one of them may be empty: compared by their ends, not trusted.
 */
function sameItems(items: Faceted<Presence>[], all: Presence[]): boolean {
  return items.length === all.length && items[0]?.item === all[0] && items.at(-1)?.item === all.at(-1);
}

/** With no filter on, one array for good: what is computed from it is kept (memoPerInput). */
const unfilteredOf = memoPerInput((items: Faceted<Presence>[]) => items.map((entry) => entry.item));

const EMPTY_FACETED: Faceted<Presence>[] = [];
const NO_IMPORTS: UserPresence[] = [];
const EMPTY_PRESENCES: Presence[] = [];
