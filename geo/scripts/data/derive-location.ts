/**
 * From a resolved place to the admin units a presence lies in, by point in polygon against raw DAGI
 * (never by guessing from names). An area takes the region / erhvervshus area that contains all of it,
 * or null when it spans several (geographic Funen: Middelfart belongs to Erhvervshus Sydjylland).
 */
import type { Position } from 'geojson';
import type { Presence } from '../../../src/model/schema';
import type { AreaRef } from '../../../src/lib/geocode/resolve-place';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon';
import type { AdminUnit, ErhvervshusArea, Municipality } from '../lib/dagi';

export interface Admin {
  municipalities: Municipality[];
  regions: AdminUnit[];
  erhvervshus: ErhvervshusArea[];
  funen: { code: string; name: string; municipalities: string[] };
}

export type DerivedLocation = Pick<
  Presence,
  'area' | 'municipality' | 'region' | 'erhvervshus' | 'municipalityCodes'
>;

type Named<C extends string = string> = { code: C; name: string };

const named = <C extends string>(unit: { code: string; name: string }) => ({
  code: unit.code as C,
  name: unit.name,
});

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function unitsFor(admin: Admin, municipalities: Municipality[]) {
  const regionCode = only([...new Set(municipalities.map((m) => m.regionCode))]);
  const houseCode = only([...new Set(municipalities.map((m) => m.erhvervshusCode))]);
  const region = admin.regions.find((r) => r.code === regionCode);
  const house = admin.erhvervshus.find((e) => e.code === houseCode);
  return {
    region: region ? (named(region) as NonNullable<Presence['region']>) : null,
    erhvervshus: house ? (named(house) as NonNullable<Presence['erhvervshus']>) : null,
  };
}

/** `where` prefixes errors, e.g. 'presence "clean--roskilde": place "Roskilde"'. */
export function deriveCity(point: Position, admin: Admin, where: string): DerivedLocation {
  const inside = admin.municipalities.filter((m) => pointInPolygon(point, m.geometry));
  const municipality = only(inside);
  if (!municipality) {
    throw new Error(
      `${where}: point ${point.join(',')} lies in ${inside.length} DAGI municipalities, expected 1`,
    );
  }
  const regions = admin.regions.filter((r) => pointInPolygon(point, r.geometry));
  if (regions.length !== 1 || regions[0]?.code !== municipality.regionCode) {
    throw new Error(
      `${where}: DAGI regions at ${point.join(',')} disagree with municipality ${municipality.code}`,
    );
  }
  return {
    area: null,
    municipality: named(municipality) as Named<string>,
    ...unitsFor(admin, [municipality]),
    municipalityCodes: [municipality.code],
  };
}

function areaMembers(area: AreaRef, admin: Admin): { name: string; codes: string[] } | undefined {
  switch (area.type) {
    case 'region': {
      const region = admin.regions.find((r) => r.code === area.code);
      const codes = admin.municipalities.filter((m) => m.regionCode === area.code).map((m) => m.code);
      return region && { name: region.name, codes };
    }
    case 'funen':
      return area.code === admin.funen.code
        ? { name: admin.funen.name, codes: admin.funen.municipalities }
        : undefined;
    case 'erhvervshus': {
      const house = admin.erhvervshus.find((e) => e.code === area.code);
      return house && { name: house.name, codes: house.municipalityCodes };
    }
    case 'municipality': {
      const m = admin.municipalities.find((x) => x.code === area.code);
      return m && { name: m.name, codes: [m.code] };
    }
  }
}

export function deriveArea(area: AreaRef, admin: Admin, where: string): DerivedLocation {
  const members = areaMembers(area, admin);
  const municipalities = admin.municipalities.filter((m) => members?.codes.includes(m.code));
  if (!members || municipalities.length === 0 || municipalities.length !== members.codes.length) {
    throw new Error(`${where}: area ${area.type} "${area.code}" is not in the DAGI data`);
  }
  const single = area.type === 'municipality' ? municipalities[0] : undefined;
  return {
    area: { type: area.type, code: area.code, name: members.name },
    municipality: single ? named(single) : null,
    ...unitsFor(admin, municipalities),
    municipalityCodes: municipalities.map((m) => m.code).sort(),
  };
}
