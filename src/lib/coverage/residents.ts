import type { Population } from '@/lib/population/population';
import type { MunicipalityDistance } from './distance';
import type { AreaUnit } from './geography';

import { RADII_KM, type RadiusKm } from '@/model/view';

export { RADII_KM, type RadiusKm };

/**
 * The one rule for "residents within D km", a municipality-level approximation: a municipality's
 * residents all count as within D km of a counted presence when its measuring point is (km ≤ D, an
 * area-level presence covering it being 0 km), and none of them when it is not. "Beyond D km" is the
 * rest, including municipalities with nothing counted to measure to.
 */
export const isWithin = (distance: Pick<MunicipalityDistance, 'km'>, radius: number): boolean =>
  distance.km !== null && distance.km <= radius;

export interface ResidentsMeasure {
  residents: number;
  within: Record<RadiusKm, number>;
}

export interface AreaResidents extends ResidentsMeasure {
  unit: AreaUnit;
}

export const residentsBeyond = (measure: ResidentsMeasure, radius: RadiusKm): number =>
  measure.residents - measure.within[radius];

/** One municipality's residents beyond D km: all of them, or none (the rule above). */
export const municipalityBeyond = (
  distance: MunicipalityDistance,
  population: Population,
  radius: number,
): number => (isWithin(distance, radius) ? 0 : (population.byCode.get(distance.unit.code)?.residents ?? 0));

/** Share of the residents beyond D km, 0–1; null for an area without residents. */
export const shareBeyond = (measure: ResidentsMeasure, radius: RadiusKm): number | null =>
  measure.residents ? residentsBeyond(measure, radius) / measure.residents : null;

const distanceIndex = new WeakMap<readonly MunicipalityDistance[], Map<string, MunicipalityDistance>>();
function indexed(distances: readonly MunicipalityDistance[]) {
  let index = distanceIndex.get(distances);
  if (!index) distanceIndex.set(distances, (index = new Map(distances.map((d) => [d.unit.code, d]))));
  return index;
}

/** Residents of the area's municipalities, and how many of them live within each radius. */
export function residentsMeasure(
  municipalityCodes: readonly string[],
  distances: readonly MunicipalityDistance[],
  population: Population,
): ResidentsMeasure {
  const byCode = indexed(distances);
  const measure: ResidentsMeasure = { residents: 0, within: { 25: 0, 50: 0 } };
  for (const code of municipalityCodes) {
    const residents = population.byCode.get(code)?.residents ?? 0;
    const distance = byCode.get(code);
    measure.residents += residents;
    for (const radius of RADII_KM)
      if (distance && isWithin(distance, radius)) measure.within[radius] += residents;
  }
  return measure;
}

export function residentsByArea(
  units: readonly AreaUnit[],
  distances: readonly MunicipalityDistance[],
  population: Population,
): AreaResidents[] {
  return units.map((unit) => ({ unit, ...residentsMeasure(unit.municipalityCodes, distances, population) }));
}
