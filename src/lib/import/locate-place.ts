/**
 * Where an imported row is: coordinates from the file, else the place through the same alias table and
 * gazetteer as the dataset (src/lib/geocode/resolve-place.ts); then the admin units by point in polygon
 * against the base map, or by the municipality the build found for the gazetteer town.
 */
import type { Precision } from '@/model/schema';
import type { UserPresence } from '@/model/user-presence-schema';
import { resolvePlace } from '@/lib/geocode/resolve-place';
import { areaLocation, cityLocation, municipalityAt, type DerivedLocation, type ImportAdmin } from './admin';
import type { PlaceIndex } from './place-index';
import type { RowProblemCode } from './problems';

export type Located = DerivedLocation & Pick<UserPresence, 'point' | 'placeLink' | 'precision'>;

export interface LocateProblem {
  field: 'place' | 'precision' | 'lon' | 'lat';
  code: RowProblemCode;
  detail?: string;
}

export interface LocateRequest {
  place: string;
  /** From the precision column; null when the file does not say (an area name then means the area). */
  precision: Precision | null;
  lon: string | undefined;
  lat: string | undefined;
}

/** "55,6761" (Danish decimal comma) or "55.6761". */
export function parseCoordinate(cell: string): number | null {
  const text = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

function fromCoordinates(request: LocateRequest, admin: ImportAdmin): Located | LocateProblem {
  const { lon: lonCell = '', lat: latCell = '' } = request;
  if (!lonCell.trim() || !latCell.trim())
    return { field: lonCell.trim() ? 'lat' : 'lon', code: 'coordinates-incomplete' };
  const lon = parseCoordinate(lonCell);
  const lat = parseCoordinate(latCell);
  if (lon === null || lon < -180 || lon > 180) return { field: 'lon', code: 'coordinates-invalid' };
  if (lat === null || lat < -90 || lat > 90) return { field: 'lat', code: 'coordinates-invalid' };
  if (request.precision === 'area') return { field: 'precision', code: 'coordinates-for-area' };
  const municipality = municipalityAt([lon, lat], admin);
  if (!municipality) {
    // Latitude first is a common slip (55.7, 12.6): say so rather than "outside Denmark".
    const swapped = municipalityAt([lat, lon], admin) ? 'swapped' : undefined;
    return { field: 'lon', code: 'coordinates-outside', detail: swapped };
  }
  return {
    ...cityLocation(municipality, admin),
    precision: 'city',
    point: [lon, lat],
    placeLink: { kind: 'coordinates', alias: null, gazetteerName: null, inferred: false, reason: null },
  };
}

function fromPlace(request: LocateRequest, index: PlaceIndex, admin: ImportAdmin): Located | LocateProblem {
  const { place } = request;
  const hit = index.aliases.get(place);
  const areaAlias = !!hit && 'area' in hit.alias.target;
  const precision = request.precision ?? (areaAlias ? 'area' : 'city');
  if (precision === 'city' && areaAlias) return { field: 'place', code: 'place-is-area' };
  if (precision === 'area' && !areaAlias) return { field: 'place', code: 'area-unknown' };
  if (precision === 'city') {
    const lookup = hit && 'gazetteer' in hit.alias.target ? hit.alias.target.gazetteer : place;
    const found = index.gazetteer.find(lookup);
    if (found.length === 0) return { field: 'place', code: 'place-not-found' };
    if (found.length > 1) return { field: 'place', code: 'place-ambiguous', detail: String(found.length) };
  }
  const resolution = resolvePlace({ recordId: '', place, precision }, index.gazetteer, index.aliases);
  if (resolution.precision === 'area') {
    const location = areaLocation(resolution.area, admin);
    if (!location) return { field: 'place', code: 'area-unknown' };
    return {
      ...location,
      precision: 'area',
      point: null,
      placeLink: { ...resolution.link, gazetteerName: null },
    };
  }
  const town = resolution.place;
  const code = index.municipalityOf.get(town.id);
  const municipality =
    (code && admin.municipalities.find((m) => m.code === code)) ||
    municipalityAt([town.lon, town.lat], admin);
  if (!municipality) return { field: 'place', code: 'place-not-found' };
  return {
    ...cityLocation(municipality, admin),
    precision: 'city',
    point: [town.lon, town.lat],
    placeLink: { ...resolution.link, gazetteerName: town.name },
  };
}

export function locatePlace(
  request: LocateRequest,
  index: PlaceIndex,
  admin: ImportAdmin,
): Located | LocateProblem {
  const hasCoordinates = !!(request.lon?.trim() || request.lat?.trim());
  return hasCoordinates ? fromCoordinates(request, admin) : fromPlace(request, index, admin);
}

/** Results by request within one file: a register names the same few hundred towns thousands of times. */
export type LocateCache = Map<string, Located | LocateProblem>;

/**
 * locatePlace, remembered per distinct request: 20 000 rows in 300 towns resolve 300 times, and the
 * rows of one town share one location (see packed-presences.ts).
 */
export function locatePlaceOnce(
  request: LocateRequest,
  index: PlaceIndex,
  admin: ImportAdmin,
  cache: LocateCache,
): Located | LocateProblem {
  const key = JSON.stringify([request.place, request.precision, request.lon ?? '', request.lat ?? '']);
  let result = cache.get(key);
  if (!result) cache.set(key, (result = locatePlace(request, index, admin)));
  return result;
}

export const isLocateProblem = (r: Located | LocateProblem): r is LocateProblem => 'code' in r;
