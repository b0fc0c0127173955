/**
 * Reads the raw DAGI 1:500 000 files committed under geo/raw/dagi and gives one
 * MultiPolygon per municipality and per region, with the dummy Z value stripped.
 * Christiansø (0411) is not a municipality: it is folded into Bornholm (0400).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon';
import { poleOfInaccessibility } from './pole';
import erhvervshusTable from '../../tables/erhvervshus.json' with { type: 'json' };

export const RAW_DIR = fileURLToPath(new URL('../../raw/', import.meta.url));

export interface AdminUnit {
  code: string;
  name: string;
  geometry: MultiPolygon;
}

export interface Municipality extends AdminUnit {
  regionCode: string;
  erhvervshusCode: string;
  onFunen: boolean;
}

const FOLDED_INTO: Record<string, string> = { '0411': '0400' };

const stripZ = (ring: Position[]): Position[] => ring.map(([x, y]) => [x as number, y as number]);

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((rings) => rings.map(stripZ));
}

function groupByCode(
  path: string,
  codeKey: string,
  nameKey: string,
  fold: Record<string, string>,
): AdminUnit[] {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const units = new Map<string, AdminUnit>();
  for (const feature of fc.features as Feature<Polygon | MultiPolygon, Record<string, string>>[]) {
    const rawCode = feature.properties[codeKey];
    if (!rawCode) throw new Error(`${path}: a feature has no ${codeKey}`);
    const code = fold[rawCode] ?? rawCode;
    const unit = units.get(code) ?? {
      code,
      name: '',
      geometry: { type: 'MultiPolygon', coordinates: [] } as MultiPolygon,
    };
    if (code === rawCode) unit.name = feature.properties[nameKey] ?? code;
    unit.geometry.coordinates.push(...polygonsOf(feature.geometry));
    units.set(code, unit);
  }
  return [...units.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export interface ErhvervshusArea {
  code: string;
  name: string;
  nameEn: string;
  municipalityCodes: string[];
}

let cache:
  { municipalities: Municipality[]; regions: AdminUnit[]; erhvervshus: ErhvervshusArea[] } | undefined;

/** Municipalities with their region (by point in polygon against DAGI regions) and erhvervshus area. */
export function loadAdmin() {
  if (cache) return cache;
  const regions = groupByCode(`${RAW_DIR}dagi/regioner.geojson`, 'REGIONKODE', 'REGIONNAVN', {});
  const rawMunicipalities = groupByCode(`${RAW_DIR}dagi/kommuner.geojson`, 'KOMKODE', 'KOMNAVN', FOLDED_INTO);
  const regionOf = (m: AdminUnit): string => {
    const point = poleOfInaccessibility(m.geometry);
    const region = regions.find((r) => pointInPolygon(point, r.geometry));
    if (!region)
      throw new Error(`Municipality ${m.code} ${m.name}: no DAGI region contains its interior point`);
    return region.code;
  };
  const withRegion = rawMunicipalities.map((m) => ({ ...m, regionCode: regionOf(m) }));
  const erhvervshus: ErhvervshusArea[] = erhvervshusTable.areas.map((area) => ({
    code: area.code,
    name: area.name,
    nameEn: area.nameEn,
    municipalityCodes:
      'region' in area && area.region
        ? withRegion.filter((m) => m.regionCode === area.region).map((m) => m.code)
        : (('municipalities' in area ? area.municipalities : []) ?? []),
  }));
  const funen = new Set(erhvervshusTable.funen.municipalities);
  const municipalities: Municipality[] = withRegion.map((m) => {
    const house = erhvervshus.find((e) => e.municipalityCodes.includes(m.code));
    if (!house) throw new Error(`Municipality ${m.code} ${m.name} is in no erhvervshus area`);
    return { ...m, erhvervshusCode: house.code, onFunen: funen.has(m.code) };
  });
  cache = { municipalities, regions, erhvervshus };
  return cache;
}

export const FUNEN = erhvervshusTable.funen;
