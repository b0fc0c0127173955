import type { Presence } from '@/model/schema';
import type { AreaUnit } from './geography';

/** The fields of a presence that counting reads; a dataset Presence fits it as is. */
export type CoveragePresence = Pick<
  Presence,
  'id' | 'clusterId' | 'place' | 'status' | 'precision' | 'point' | 'municipalityCodes'
> & {
  basis: { type: string };
  placeLink: { inferred: boolean };
};

/** How a presence counts in an area; null when it does not count there. */
export interface Contribution {
  /** The note names only an area ("på Sjælland"): present in the area, not at an office in each part of it. */
  areaLevel: boolean;
}

const unitSets = new WeakMap<AreaUnit, ReadonlySet<string>>();
const setOf = (unit: AreaUnit) => {
  let set = unitSets.get(unit);
  if (!set) unitSets.set(unit, (set = new Set(unit.municipalityCodes)));
  return set;
};

/**
 * The counting rule, on municipality codes (the build derives a city's municipality by point in
 * polygon, so "where its point lies" and "its municipality" are the same thing):
 * - a city presence counts in the municipality, erhvervshus area and region its point lies in;
 * - an area presence counts in every area that contains it (Fyn → Region Syddanmark) and in every area
 *   it contains wholly (Sjælland → its 17 municipalities and Erhvervshus Sjælland), always marked
 *   area-level. An area it only partly overlaps does not count it (Fyn and Erhvervshus Sydjylland share
 *   Middelfart only): the note does not say the presence is in the shared part.
 */
export function contribution(presence: CoveragePresence, unit: AreaUnit): Contribution | null {
  const inUnit = setOf(unit);
  const within = presence.municipalityCodes.every((code) => inUnit.has(code));
  if (presence.precision === 'city') return within ? { areaLevel: false } : null;
  const covered = new Set(presence.municipalityCodes);
  const covers = unit.municipalityCodes.every((code) => covered.has(code));
  return within || covers ? { areaLevel: true } : null;
}

/** Inferred presences count but are marked: the head office read from a name, or a place read from a project. */
export const isInferred = (p: CoveragePresence): boolean =>
  p.basis.type === 'inferred' || p.placeLink.inferred;
