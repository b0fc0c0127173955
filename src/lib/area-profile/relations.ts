import type { AreaUnit, Geography, MunicipalityUnit } from '@/lib/coverage/geography';

/** How an area sits among the others, by its municipalities (the only thing areas are made of here). */
export interface AreaRelations {
  /** Larger areas that hold all of it: a municipality's region, erhvervshus area and Funen. */
  within: AreaUnit[];
  /** Other kinds of area with exactly its municipalities: Region Sjælland and Erhvervshus Sjælland. */
  same: AreaUnit[];
  /** Smaller areas (not municipalities) it holds wholly: Region Syddanmark holds Funen and two houses. */
  contains: AreaUnit[];
  /** Its municipalities, by name; empty for a municipality. */
  municipalities: MunicipalityUnit[];
}

export function areaRelations(unit: AreaUnit, geography: Geography): AreaRelations {
  const own = new Set(unit.municipalityCodes);
  const areas = [...geography.units.region, ...geography.units.erhvervshus, geography.funen].filter(
    (other) => other !== unit,
  );
  const holds = (outer: readonly string[], inner: readonly string[]) => {
    const set = new Set(outer);
    return inner.every((code) => set.has(code));
  };
  const relations: AreaRelations = { within: [], same: [], contains: [], municipalities: [] };
  for (const other of areas) {
    const size = other.municipalityCodes.length;
    if (size === own.size && holds(other.municipalityCodes, unit.municipalityCodes))
      relations.same.push(other);
    else if (size > own.size && holds(other.municipalityCodes, unit.municipalityCodes))
      relations.within.push(other);
    else if (size < own.size && holds(unit.municipalityCodes, other.municipalityCodes))
      relations.contains.push(other);
  }
  if (unit.level !== 'municipality') {
    relations.municipalities = geography.municipalities
      .filter((m) => own.has(m.code))
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }
  return relations;
}
