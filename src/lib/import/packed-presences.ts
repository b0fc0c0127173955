/**
 * Imported presences in the form they travel and are kept in: columns instead of one object per row.
 * An analyst's register of 20 000 members lies in a few hundred towns, so its places, locations and
 * sources repeat; each distinct value is written once and rows refer to it by number. Copying such a
 * table between threads or into IndexedDB costs a few milliseconds where 20 000 nested objects cost
 * hundreds, and unpacking shares one location object among every row in the same town.
 */
import type { UserPresence } from '@/model/user-presence-schema';

/** Where a presence is, as import derives it: identical for every row in the same town. */
export type PackedLocation = Pick<
  UserPresence,
  | 'precision'
  | 'point'
  | 'placeLink'
  | 'area'
  | 'municipality'
  | 'region'
  | 'erhvervshus'
  | 'municipalityCodes'
>;

export interface PackedPresences {
  count: number;
  /** One per row. */
  ids: string[];
  quotes: string[];
  /** Distinct values, in order of first use. */
  tables: {
    clusterIds: string[];
    places: string[];
    statuses: string[];
    kinds: string[];
    sources: string[];
    locations: PackedLocation[];
  };
  /** Per row, the index of its value in the table of the same name. */
  columns: {
    clusterIds: Uint32Array;
    places: Uint32Array;
    statuses: Uint32Array;
    kinds: Uint32Array;
    sources: Uint32Array;
    locations: Uint32Array;
  };
}

type TableName = keyof PackedPresences['tables'];
export const TABLE_NAMES = [
  'clusterIds',
  'places',
  'statuses',
  'kinds',
  'sources',
  'locations',
] as const satisfies readonly TableName[];

/** Distinct values in order of first use; `key` tells two values apart. */
function table<T>(key: (value: T) => string) {
  const index = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    add(value: T): number {
      const k = key(value);
      let i = index.get(k);
      if (i === undefined) {
        i = values.length;
        index.set(k, i);
        values.push(value);
      }
      return i;
    },
  };
}

const same = (s: string) => s;

const LOCATION_KEYS = [
  'precision',
  'point',
  'placeLink',
  'area',
  'municipality',
  'region',
  'erhvervshus',
  'municipalityCodes',
] as const satisfies readonly (keyof PackedLocation)[];

/** The very same objects (as unpacking and import hand out): no need to compare their contents. */
const identical = (a: PackedLocation | undefined, p: UserPresence) =>
  !!a && LOCATION_KEYS.every((key) => a[key] === p[key]);

export function packPresences(presences: readonly UserPresence[]): PackedPresences {
  const n = presences.length;
  const strings = {
    clusterIds: table(same),
    places: table(same),
    statuses: table(same),
    kinds: table(same),
    sources: table(same),
  };
  // Rows of one town usually share the very location objects (see unpack): try that before JSON.
  const byPlaceLink = new Map<unknown, number>();
  const locations = table<PackedLocation>((l) => JSON.stringify(l));
  const columns = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, new Uint32Array(n)]),
  ) as PackedPresences['columns'];
  presences.forEach((p, i) => {
    columns.clusterIds[i] = strings.clusterIds.add(p.clusterId);
    columns.places[i] = strings.places.add(p.place);
    columns.statuses[i] = strings.statuses.add(p.status);
    columns.kinds[i] = strings.kinds.add(p.kind);
    columns.sources[i] = strings.sources.add(p.basis.source);
    let l = byPlaceLink.get(p.placeLink);
    if (l === undefined || !identical(locations.values[l], p)) {
      l = locations.add(Object.fromEntries(LOCATION_KEYS.map((k) => [k, p[k]])) as PackedLocation);
      byPlaceLink.set(p.placeLink, l);
    }
    columns.locations[i] = l;
  });
  return {
    count: n,
    ids: presences.map((p) => p.id),
    quotes: presences.map((p) => p.quote),
    tables: {
      clusterIds: strings.clusterIds.values,
      places: strings.places.values,
      statuses: strings.statuses.values,
      kinds: strings.kinds.values,
      sources: strings.sources.values,
      locations: locations.values,
    },
    columns,
  };
}

/**
 * The presences again, every row of a town sharing its location's objects and every row of a source
 * its basis object (the app never changes a presence in place). Assumes a well-formed table: stored
 * tables are checked first (src/data/decode-imports.ts).
 */
export function unpackPresences(packed: PackedPresences): UserPresence[] {
  const { tables, columns } = packed;
  const bases = tables.sources.map((source) => ({ type: 'user' as const, source }));
  const out = new Array<UserPresence>(packed.count);
  for (let i = 0; i < packed.count; i++) {
    const l = tables.locations[columns.locations[i] as number] as PackedLocation;
    out[i] = {
      id: packed.ids[i] as string,
      clusterId: tables.clusterIds[columns.clusterIds[i] as number] as string,
      place: tables.places[columns.places[i] as number] as string,
      status: tables.statuses[columns.statuses[i] as number] as UserPresence['status'],
      kind: tables.kinds[columns.kinds[i] as number] as UserPresence['kind'],
      basis: bases[columns.sources[i] as number] as UserPresence['basis'],
      quote: packed.quotes[i] as string,
      ...l,
    };
  }
  return out;
}
