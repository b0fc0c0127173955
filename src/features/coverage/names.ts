import { useMemo } from 'react';
import { useDataset } from '@/data/dataset';
import type { AreaUnit } from '@/lib/coverage/geography';
import type { Language } from '@/model/view';

/** A cluster's short display name: its acronym where the note gives one (MARLOG), else its name. */
export function useClusterName(): (id: string) => string {
  const { data } = useDataset();
  return useMemo(() => {
    const names = new Map(data?.clusters.map((c) => [c.id, c.shortName ?? c.name]));
    return (id: string) => names.get(id) ?? id;
  }, [data]);
}

export const areaName = (unit: AreaUnit, language: Language): string =>
  language === 'en' && unit.nameEn ? unit.nameEn : unit.name;

/** English short forms of the regions' official names; Danish drops "Region ". */
const REGION_SHORT_EN: Record<string, string> = {
  '1081': 'North Denmark',
  '1082': 'Central Denmark',
  '1083': 'Southern Denmark',
  '1084': 'Capital Region',
  '1085': 'Zealand',
};

/** Column headings and table cells: "Sjælland" rather than "Region Sjælland". */
export function areaShortName(unit: AreaUnit, language: Language): string {
  if (language === 'en' && unit.level === 'region')
    return REGION_SHORT_EN[unit.code] ?? areaName(unit, language);
  return areaName(unit, language).replace(/^(Region |Erhvervshus |Business Hub )/, '');
}
