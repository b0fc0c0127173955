import type { MultiPolygon, Polygon } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import type { RegionCode } from '@/model/schema';
import { REGION_NAMES } from '@/lib/filter/area-names';
import type { Bounds } from '@/model/camera';
import type { AreaLevel } from '@/model/view';
import { geometryBounds } from '@/lib/geo/bounds';

const boundsOf = (geometry: Polygon | MultiPolygon): Bounds => geometryBounds([geometry]) ?? [0, 0, 0, 0];

/** A region, erhvervshus area or municipality, reduced to what counting needs: its municipalities. */
export interface AreaUnit {
  level: AreaLevel;
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
  /** The interior point distances are measured from (the geo build's pole of inaccessibility). */
  pole: [number, number];
}

export interface Geography {
  municipalities: readonly MunicipalityUnit[];
  units: Record<AreaLevel, readonly AreaUnit[]>;
}

const cache = new WeakMap<BaseMap, Geography>();

/** The counting geography of the base map; the app and the CLI both read it from denmark.topo.json. */
export function geographyFromBaseMap(baseMap: BaseMap): Geography {
  const cached = cache.get(baseMap);
  if (cached) return cached;
  const municipalities = baseMap.municipalities.features.map((f): MunicipalityUnit => {
    const p = f.properties;
    if (!Array.isArray(p.pole))
      throw new Error(`municipality ${p.code}: no pole in the base map; run npm run geo:build`);
    return {
      level: 'municipality',
      code: p.code,
      name: p.name,
      nameEn: null,
      municipalityCodes: [p.code],
      bounds: boundsOf(f.geometry),
      region: p.region,
      erhvervshus: p.erhvervshus,
      pole: p.pole,
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
  const geography: Geography = {
    municipalities,
    units: {
      region: group('region', 'region'),
      erhvervshus: group('erhvervshus', 'erhvervshus'),
      municipality: municipalities,
    },
  };
  cache.set(baseMap, geography);
  return geography;
}
