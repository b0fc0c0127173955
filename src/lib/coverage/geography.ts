import type { MultiPolygon, Polygon } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import type { RegionCode } from '@/model/schema';
import { REGION_NAMES } from '@/lib/filter/area-names';
import type { AreaKind, AreaRef } from '@/model/area';
import type { Bounds } from '@/model/camera';
import type { AreaLevel } from '@/model/view';
import { geometryBounds } from '@/lib/geo/bounds';

const boundsOf = (geometry: Polygon | MultiPolygon): Bounds => geometryBounds([geometry]) ?? [0, 0, 0, 0];

/** A region, erhvervshus area, municipality or Funen, reduced to what counting needs: its municipalities. */
export interface AreaUnit {
  level: AreaKind;
  code: string;
  /** Danish name, as in DAGI and the erhvervshus table; also the CSV's area_name. */
  name: string;
  nameEn: string | null;
  municipalityCodes: readonly string[];
  bounds: Bounds;
}

export interface MunicipalityUnit extends AreaUnit {
  level: 'municipality';
  region: string;
  erhvervshus: string;
}

export interface Geography {
  municipalities: readonly MunicipalityUnit[];
  units: Record<AreaLevel, readonly AreaUnit[]>;
  /** Geographic Funen ("på Fyn"): the nine Fyn-house municipalities and Middelfart. Not a counting level. */
  funen: AreaUnit;
}

const cache = new WeakMap<BaseMap, Geography>();

/** The counting geography of the base map; the app and the CLI both read it from denmark.topo.json. */
export function geographyFromBaseMap(baseMap: BaseMap): Geography {
  const cached = cache.get(baseMap);
  if (cached) return cached;
  const municipalities = baseMap.municipalities.features.map((f): MunicipalityUnit => {
    const p = f.properties;
    return {
      level: 'municipality',
      code: p.code,
      name: p.name,
      nameEn: null,
      municipalityCodes: [p.code],
      bounds: boundsOf(f.geometry),
      region: p.region,
      erhvervshus: p.erhvervshus,
    };
  });
  const group = (level: 'region' | 'erhvervshus', key: 'region' | 'erhvervshus'): AreaUnit[] =>
    baseMap[level === 'region' ? 'regions' : 'erhvervshus'].features.map((f) => ({
      level,
      code: f.properties.code,
      name: f.properties.name,
      nameEn: f.properties.nameEn ?? REGION_NAMES[f.properties.code as RegionCode]?.en ?? null,
      municipalityCodes: municipalities.filter((m) => m[key] === f.properties.code).map((m) => m.code),
      bounds: boundsOf(f.geometry),
    }));
  const funen = baseMap.funen.features[0];
  if (!funen) throw new Error('no Funen in the base map; run npm run geo:build');
  const geography: Geography = {
    municipalities,
    units: {
      region: group('region', 'region'),
      erhvervshus: group('erhvervshus', 'erhvervshus'),
      municipality: municipalities,
    },
    funen: {
      level: 'funen',
      code: funen.properties.code,
      name: funen.properties.name,
      nameEn: funen.properties.nameEn ?? null,
      municipalityCodes: baseMap.municipalities.features
        .filter((f) => f.properties.funen)
        .map((f) => f.properties.code),
      bounds: boundsOf(funen.geometry),
    },
  };
  cache.set(baseMap, geography);
  return geography;
}

/** The unit a reference names, or undefined when the base map has no such area. */
export function findUnit(geography: Geography, ref: AreaRef): AreaUnit | undefined {
  if (ref.kind === 'funen') return geography.funen.code === ref.code ? geography.funen : undefined;
  return geography.units[ref.kind].find((u) => u.code === ref.code);
}
