/**
 * A GeoJSON file as import rows: each feature's properties are its cells (same column names as a CSV),
 * a Point geometry gives lon/lat. Row numbers count features from 1.
 */
import type { ImportField } from './columns';
import { fieldOfHeader } from './columns';

export interface GeoJsonRow {
  row: number;
  cells: Partial<Record<ImportField, string>>;
  /** Field → the property name as the file writes it. */
  header: Partial<Record<ImportField, string>>;
  /** Why the geometry cannot be used (not a point, bad coordinates), else null. */
  geometryProblem: 'not-point' | 'bad-coordinates' | null;
}

export type GeoJsonResult = { ok: true; rows: GeoJsonRow[] } | { ok: false; problem: 'not-geojson' };

const cellText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
};

function readFeature(feature: unknown, row: number): GeoJsonRow {
  const cells: GeoJsonRow['cells'] = {};
  const header: GeoJsonRow['header'] = {};
  const f = (feature ?? {}) as { properties?: unknown; geometry?: unknown };
  const properties = f.properties && typeof f.properties === 'object' ? f.properties : {};
  for (const [name, value] of Object.entries(properties)) {
    const field = fieldOfHeader(name);
    const text = cellText(value);
    if (field && text !== undefined && cells[field] === undefined) {
      cells[field] = text;
      header[field] = name;
    }
  }
  let geometryProblem: GeoJsonRow['geometryProblem'] = null;
  const geometry = f.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (geometry) {
    const c = geometry.coordinates;
    if (geometry.type !== 'Point') geometryProblem = 'not-point';
    else if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number')
      geometryProblem = 'bad-coordinates';
    else {
      cells.lon = String(c[0]);
      cells.lat = String(c[1]);
      header.lon = header.lat = 'geometry';
    }
  }
  return { row, cells, header, geometryProblem };
}

/** A FeatureCollection, a single Feature, or a plain array of features. */
export function readGeoJson(json: unknown): GeoJsonResult {
  const value = json as { type?: unknown; features?: unknown } | null;
  let features: unknown[] | null = null;
  if (Array.isArray(value)) features = value;
  else if (value?.type === 'FeatureCollection' && Array.isArray(value.features)) features = value.features;
  else if (value?.type === 'Feature') features = [value];
  if (!features) return { ok: false, problem: 'not-geojson' };
  return { ok: true, rows: features.map((f, i) => readFeature(f, i + 1)) };
}
