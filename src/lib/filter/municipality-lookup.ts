import { ERHVERVSHUS_CODES, REGION_CODES, type ErhvervshusCode, type RegionCode } from '@/model/schema';
import type { MunicipalityLookup } from './presence-facets';

const isRegion = (v: string): v is RegionCode => (REGION_CODES as readonly string[]).includes(v);
const isHouse = (v: string): v is ErhvervshusCode => (ERHVERVSHUS_CODES as readonly string[]).includes(v);

/** Municipality code → region and erhvervshus area, from the base map's municipality properties. */
export function createMunicipalityLookup(
  municipalities: readonly { code: string; region: string; erhvervshus: string }[],
): MunicipalityLookup {
  const lookup = new Map<string, { region: RegionCode; erhvervshus: ErhvervshusCode }>();
  for (const { code, region, erhvervshus } of municipalities) {
    if (isRegion(region) && isHouse(erhvervshus)) lookup.set(code, { region, erhvervshus });
  }
  return lookup;
}
