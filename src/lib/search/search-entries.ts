import type { Geometry } from 'geojson';
import type { AreaRef } from '@/model/area';
import type { BaseMap } from '@/model/base-map';
import type { Cluster, Presence } from '@/model/schema';
import { ERHVERVSHUS_NAMES, REGION_NAMES } from '../filter/area-names';
import type { Bounds } from '@/model/camera';
import { geometryBounds } from '@/lib/geo/bounds';
import { createPresenceBounds } from './presence-bounds';

export const ENTRY_KINDS = ['cluster', 'place', 'region', 'area', 'erhvervshus', 'municipality'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** What choosing a result does: select a cluster, show a place's presences, open an area, or move the map. */
export type SearchTarget =
  | { kind: 'cluster'; clusterId: string; bounds: Bounds | null }
  | { kind: 'presences'; presences: { id: string; clusterId: string }[]; bounds: Bounds | null }
  | { kind: 'area'; area: AreaRef; bounds: Bounds }
  | { kind: 'bounds'; bounds: Bounds };

export interface SearchEntry {
  /** Unique, e.g. "municipality:0540". */
  id: string;
  kind: EntryKind;
  label: { da: string; en: string };
  /** Everything it may be found by; folded and expanded with synonyms by the index. */
  names: string[];
  /** Clusters behind a place, or the cluster's business area id: shown as the result's detail. */
  clusterIds: string[];
  target: SearchTarget;
}

type AreaMaps = Pick<BaseMap, 'municipalities' | 'regions' | 'erhvervshus' | 'funen'>;

/**
 * Areas that are names, not admin units. "Jylland" (Jutland): Region Nordjylland and Midtjylland and
 * the Jutland side of Region Syddanmark (Erhvervshus Sydjylland without Middelfart, which is on Funen).
 * "Sjælland" needs no row: the app reads it as Region Sjælland (see geo/data/README.md).
 */
const NAMED_AREAS = [
  {
    id: 'jylland',
    da: 'Jylland',
    en: 'Jutland',
    contains: (m: { code: string; region: string; erhvervshus: string }) =>
      m.region === '1081' || m.region === '1082' || (m.erhvervshus === 'sydjylland' && m.code !== '0410'),
  },
];

const stripPrefix = (name: string, prefix: string) =>
  name.startsWith(prefix) ? name.slice(prefix.length) : name;

export function buildSearchEntries(
  clusters: readonly Cluster[],
  presences: readonly Presence[],
  areas?: AreaMaps,
): SearchEntry[] {
  const boundsOf = createPresenceBounds(areas?.municipalities.features ?? []);
  const entries: SearchEntry[] = [];

  for (const c of clusters) {
    entries.push({
      id: `cluster:${c.id}`,
      kind: 'cluster',
      label: { da: c.name, en: c.name },
      names: [c.name, c.shortName, c.businessArea.da, c.businessArea.en].filter((n): n is string => !!n),
      clusterIds: [c.id],
      target: {
        kind: 'cluster',
        clusterId: c.id,
        bounds: boundsOf(presences.filter((p) => p.clusterId === c.id)),
      },
    });
  }

  // One result per location: "København" and "Copenhagen" are the same point, "RUC" sits in Roskilde.
  const places = new Map<string, Presence[]>();
  for (const p of presences) {
    const key = p.point ? `point:${p.point.join(',')}` : `area:${p.area?.type}:${p.area?.code}`;
    places.set(key, [...(places.get(key) ?? []), p]);
  }
  for (const [key, group] of places) {
    const label = [...new Set(group.map((p) => p.place))].join(' / ');
    const names = group.flatMap((p) => [
      p.place,
      p.placeLink.gazetteerName,
      p.municipality?.name,
      p.area?.name,
    ]);
    entries.push({
      id: `place:${key}`,
      kind: 'place',
      label: { da: label, en: label },
      names: [...new Set(names.filter((n): n is string => !!n))],
      clusterIds: [...new Set(group.map((p) => p.clusterId))],
      target: {
        kind: 'presences',
        presences: group.map((p) => ({ id: p.id, clusterId: p.clusterId })),
        bounds: boundsOf(group),
      },
    });
  }

  if (!areas) return entries;
  // An area with a profile opens it; a name that is no such area ("Jylland") only moves the map.
  const area = (
    entry: Omit<SearchEntry, 'clusterIds' | 'target'>,
    geometries: Geometry[],
    ref: AreaRef | null = null,
  ) => {
    const bounds = geometryBounds(geometries);
    if (!bounds) return;
    const target: SearchTarget = ref ? { kind: 'area', area: ref, bounds } : { kind: 'bounds', bounds };
    entries.push({ ...entry, clusterIds: [], target });
  };
  for (const f of areas.regions.features) {
    const names = REGION_NAMES[f.properties.code as keyof typeof REGION_NAMES];
    const label = names ? { da: names.da, en: names.en } : { da: f.properties.name, en: f.properties.name };
    const short = stripPrefix(f.properties.name, 'Region ');
    area(
      { id: `region:${f.properties.code}`, kind: 'region', label, names: [label.da, label.en, short] },
      [f.geometry],
      { kind: 'region', code: f.properties.code },
    );
  }
  for (const f of areas.erhvervshus.features) {
    const names = ERHVERVSHUS_NAMES[f.properties.code as keyof typeof ERHVERVSHUS_NAMES];
    const label = names ?? { da: f.properties.name, en: f.properties.nameEn ?? f.properties.name };
    const short = stripPrefix(f.properties.name, 'Erhvervshus ');
    area(
      {
        id: `erhvervshus:${f.properties.code}`,
        kind: 'erhvervshus',
        label,
        names: [label.da, label.en, short],
      },
      [f.geometry],
      { kind: 'erhvervshus', code: f.properties.code },
    );
  }
  for (const f of areas.funen.features) {
    const label = { da: f.properties.name, en: f.properties.nameEn ?? f.properties.name };
    area(
      { id: `area:${f.properties.code}`, kind: 'area', label, names: [label.da, label.en] },
      [f.geometry],
      {
        kind: 'funen',
        code: f.properties.code,
      },
    );
  }
  for (const named of NAMED_AREAS) {
    const parts = areas.municipalities.features.filter((f) => named.contains(f.properties));
    area(
      {
        id: `area:${named.id}`,
        kind: 'area',
        label: { da: named.da, en: named.en },
        names: [named.da, named.en],
      },
      parts.map((f) => f.geometry),
    );
  }
  for (const f of areas.municipalities.features) {
    const { code, name } = f.properties;
    const label = { da: name, en: name };
    area(
      { id: `municipality:${code}`, kind: 'municipality', label, names: [name, `${name} Kommune`] },
      [f.geometry],
      { kind: 'municipality', code },
    );
  }
  return entries;
}
