/**
 * Reads the raw DAGI 1:500 000 files committed under geo/raw/dagi and gives one
 * MultiPolygon per municipality and per region, with the dummy Z value stripped.
 * Christiansø (0411) is not a municipality: it is folded into Bornholm (0400).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon';
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

/** A point inside the unit's largest polygon: the centroid of its outer ring if inside, else a vertex midpoint. */
export function interiorPoint(geometry: MultiPolygon): Position {
  const largest = [...geometry.coordinates].sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []))[0];
  const outer = largest?.[0] ?? [];
  const centroid = ringCentroid(outer);
  if (pointInPolygon(centroid, geometry)) return centroid;
  // Concave shapes: scan horizontal lines through the ring and take the widest inside span's middle.
  const ys = outer.map((p) => p[1] as number);
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  let best: Position = outer[0] ?? [0, 0];
  let bestWidth = -1;
  for (let k = 1; k < 40; k++) {
    const y = minY + ((maxY - minY) * k) / 40;
    const xs: number[] = [];
    for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
      const [xi, yi] = outer[i] as [number, number];
      const [xj, yj] = outer[j] as [number, number];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
    xs.sort((a, b) => a - b);
    for (let s = 0; s + 1 < xs.length; s += 2) {
      const mid: Position = [((xs[s] as number) + (xs[s + 1] as number)) / 2, y];
      const width = (xs[s + 1] as number) - (xs[s] as number);
      if (width > bestWidth && pointInPolygon(mid, geometry)) [best, bestWidth] = [mid, width];
    }
  }
  return best;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += xj * yi - xi * yj;
  }
  return Math.abs(sum / 2);
}

function ringCentroid(ring: Position[]): Position {
  let [cx, cy, a] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const f = xj * yi - xi * yj;
    [cx, cy, a] = [cx + (xj + xi) * f, cy + (yj + yi) * f, a + f];
  }
  return a === 0 ? (ring[0] ?? [0, 0]) : [cx / (3 * a), cy / (3 * a)];
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
    const point = interiorPoint(m.geometry);
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
