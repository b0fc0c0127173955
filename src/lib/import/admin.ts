/**
 * The admin units of the base map, for placing imported presences in the browser: the same derivation
 * the data build makes (geo/scripts/data/derive-location.ts), on the app's own boundaries.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import type { DatasetPresence, ErhvervshusCode, RegionCode } from '@/model/schema';
import type { AreaRef } from '@/lib/geocode/resolve-place';
import { pointInPolygon } from '@/lib/geo/point-in-polygon';
import type { Bounds } from '@/model/camera';
import { geometryBounds } from '@/lib/geo/bounds';

export interface AdminMunicipality {
  code: string;
  name: string;
  region: string;
  erhvervshus: string;
  funen: boolean;
  geometry: Polygon | MultiPolygon;
  bounds: Bounds;
}

export interface ImportAdmin {
  municipalities: AdminMunicipality[];
  names: {
    region: Map<string, string>;
    erhvervshus: Map<string, string>;
    funen: { code: string; name: string };
  };
}

export type DerivedLocation = Pick<
  DatasetPresence,
  'area' | 'municipality' | 'region' | 'erhvervshus' | 'municipalityCodes'
>;

/** The boundaries are simplified, so a town on the coast may lie just outside its municipality. */
export const COAST_TOLERANCE_KM = 2;

const cache = new WeakMap<BaseMap, ImportAdmin>();

export function adminFromBaseMap(baseMap: BaseMap): ImportAdmin {
  const cached = cache.get(baseMap);
  if (cached) return cached;
  const admin: ImportAdmin = {
    municipalities: baseMap.municipalities.features.map((f) => ({
      ...f.properties,
      geometry: f.geometry,
      bounds: geometryBounds([f.geometry]) ?? [0, 0, 0, 0],
    })),
    names: {
      region: new Map(baseMap.regions.features.map((f) => [f.properties.code, f.properties.name])),
      erhvervshus: new Map(baseMap.erhvervshus.features.map((f) => [f.properties.code, f.properties.name])),
      funen: {
        code: baseMap.funen.features[0]?.properties.code ?? 'fyn',
        name: baseMap.funen.features[0]?.properties.name ?? 'Fyn',
      },
    },
  };
  cache.set(baseMap, admin);
  return admin;
}

const inBounds = ([x, y]: Position, [w, s, e, n]: Bounds, pad = 0) =>
  (x as number) >= w - pad &&
  (x as number) <= e + pad &&
  (y as number) >= s - pad &&
  (y as number) <= n + pad;

/** Kilometres from a point to the nearest edge of a polygon (flat-earth, fine at a few km). */
function distanceToEdgeKm([x, y]: Position, geometry: Polygon | MultiPolygon): number {
  const kx = 111.32 * Math.cos(((y as number) * Math.PI) / 180);
  const ky = 110.57;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      const [px, py] = [((x as number) - ax) * kx, ((y as number) - ay) * ky];
      const [dx, dy] = [(bx - ax) * kx, (by - ay) * ky];
      const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  }
  return best;
}

/** The municipality a point lies in, or the nearest one within COAST_TOLERANCE_KM; null at sea or abroad. */
export function municipalityAt(point: Position, admin: ImportAdmin): AdminMunicipality | null {
  const inside = admin.municipalities.filter(
    (m) => inBounds(point, m.bounds) && pointInPolygon(point, m.geometry),
  );
  if (inside.length === 1) return inside[0] ?? null;
  const pad = COAST_TOLERANCE_KM / 60;
  let best: { m: AdminMunicipality; km: number } | null = null;
  for (const m of inside.length ? inside : admin.municipalities) {
    if (!inBounds(point, m.bounds, pad)) continue;
    const km = inside.length ? 0 : distanceToEdgeKm(point, m.geometry);
    if (km <= COAST_TOLERANCE_KM && (!best || km < best.km)) best = { m, km };
  }
  return best?.m ?? null;
}

function only<T>(items: readonly T[]): T | undefined {
  return new Set(items).size === 1 ? items[0] : undefined;
}

/** Region and erhvervshus area when all the municipalities share one, as the build decides. */
function unitsFor(members: readonly AdminMunicipality[], admin: ImportAdmin) {
  const region = only(members.map((m) => m.region));
  const house = only(members.map((m) => m.erhvervshus));
  const regionName = region && admin.names.region.get(region);
  const houseName = house && admin.names.erhvervshus.get(house);
  return {
    region: region && regionName ? { code: region as RegionCode, name: regionName } : null,
    erhvervshus: house && houseName ? { code: house as ErhvervshusCode, name: houseName } : null,
  };
}

export function cityLocation(municipality: AdminMunicipality, admin: ImportAdmin): DerivedLocation {
  return {
    area: null,
    municipality: { code: municipality.code, name: municipality.name },
    ...unitsFor([municipality], admin),
    municipalityCodes: [municipality.code],
  };
}

function areaMembers(
  area: AreaRef,
  admin: ImportAdmin,
): { name: string; members: AdminMunicipality[] } | null {
  const all = admin.municipalities;
  const pick = (name: string | undefined, members: AdminMunicipality[]) =>
    name && members.length ? { name, members } : null;
  switch (area.type) {
    case 'region':
      return pick(
        admin.names.region.get(area.code),
        all.filter((m) => m.region === area.code),
      );
    case 'erhvervshus':
      return pick(
        admin.names.erhvervshus.get(area.code),
        all.filter((m) => m.erhvervshus === area.code),
      );
    case 'funen':
      return area.code === admin.names.funen.code
        ? pick(
            admin.names.funen.name,
            all.filter((m) => m.funen),
          )
        : null;
    case 'municipality': {
      const m = all.find((x) => x.code === area.code);
      return m ? { name: m.name, members: [m] } : null;
    }
  }
}

/** An area presence's units; null when the base map does not have the area. */
export function areaLocation(area: AreaRef, admin: ImportAdmin): DerivedLocation | null {
  const found = areaMembers(area, admin);
  if (!found) return null;
  const single = area.type === 'municipality' ? found.members[0] : undefined;
  return {
    area: { type: area.type, code: area.code, name: found.name },
    municipality: single ? { code: single.code, name: single.name } : null,
    ...unitsFor(found.members, admin),
    municipalityCodes: found.members.map((m) => m.code).sort(),
  };
}
