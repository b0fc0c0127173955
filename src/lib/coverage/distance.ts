import type { PresenceStatus } from '@/model/schema';
import { greatCircleKm } from '@/lib/geo/distance';
import type { MunicipalityUnit } from './geography';
import { isInferred, type CoveragePresence } from './rules';

export interface NearestPresence {
  presenceId: string;
  clusterId: string;
  place: string;
  areaLevel: boolean;
  inferred: boolean;
}

export interface MunicipalityDistance {
  unit: MunicipalityUnit;
  /** Kilometres from the municipality's measuring point to the nearest counted presence; null when none counts. */
  km: number | null;
  /** 0 km because an area-level presence covers the municipality, not because an office is there. */
  areaLevel: boolean;
  /** Every presence at that distance: several clusters can share a town (Roskilde, Aalborg …). */
  nearest: NearestPresence[];
}

/** Presences this close to the nearest count as equally near (the same town). */
const TIE_KM = 0.01;

/** Where each municipality's distances start, by code (Population.points). */
export type MeasuringPoints = ReadonlyMap<string, [number, number]>;

/**
 * Distance rule: great-circle km from the municipality's measuring point (where its residents live:
 * src/lib/population/measuring-point.ts) to the nearest counted city presence. An area-level presence
 * covering the municipality counts as 0 km and is marked area-level. Only the presences passed in
 * count: filter by cluster and status first.
 */
export function distanceByMunicipality(
  municipalities: readonly MunicipalityUnit[],
  presences: readonly CoveragePresence[],
  points: MeasuringPoints,
): MunicipalityDistance[] {
  return municipalities.map((unit) => {
    const from = points.get(unit.code);
    if (!from) throw new Error(`municipality ${unit.code} ${unit.name} has no measuring point`);
    const covering = presences.filter(
      (p) => p.precision === 'area' && p.municipalityCodes.includes(unit.code),
    );
    if (covering.length) {
      return { unit, km: 0, areaLevel: true, nearest: covering.map((p) => nearest(p, true)) };
    }
    const measured = presences
      .filter((p): p is CoveragePresence & { point: [number, number] } => p.point !== null)
      .map((p) => ({ p, km: greatCircleKm(from, p.point) }));
    if (!measured.length) return { unit, km: null, areaLevel: false, nearest: [] };
    const km = Math.min(...measured.map((m) => m.km));
    const ties = measured.filter((m) => m.km - km <= TIE_KM).map((m) => nearest(m.p, false));
    return { unit, km, areaLevel: false, nearest: ties };
  });
}

const nearest = (p: CoveragePresence, areaLevel: boolean): NearestPresence => ({
  presenceId: p.id,
  clusterId: p.clusterId,
  place: p.place,
  areaLevel,
  inferred: isInferred(p),
});

/** The presences that count: of the selected clusters and with a counted status. */
export function countedPresences<P extends CoveragePresence>(
  presences: readonly P[],
  clusterIds: readonly string[],
  statuses: readonly PresenceStatus[],
): P[] {
  return presences.filter((p) => clusterIds.includes(p.clusterId) && statuses.includes(p.status));
}
