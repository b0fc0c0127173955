import type { AreaUnit } from '@/lib/coverage/geography';
import type { Language } from '@/model/view';

/** An area's name in the reader's language: DAGI's Danish, or the English name where one exists. */
export const areaName = (unit: Pick<AreaUnit, 'name' | 'nameEn'>, language: Language): string =>
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
