import type { ErhvervshusCode, RegionCode } from '@/model/schema';

/**
 * Names of the five regions and six erhvervshus areas in both languages, for filters, chips and
 * links without waiting for the base map. Checked against the geo build in area-names.test.ts.
 * English names: the regions' own (regioner.dk) and the business hubs' (geo/tables/erhvervshus.json).
 */
export const REGION_NAMES: Record<RegionCode, { da: string; en: string; slug: string }> = {
  '1081': { da: 'Region Nordjylland', en: 'North Denmark Region', slug: 'nordjylland' },
  '1082': { da: 'Region Midtjylland', en: 'Central Denmark Region', slug: 'midtjylland' },
  '1083': { da: 'Region Syddanmark', en: 'Region of Southern Denmark', slug: 'syddanmark' },
  '1084': { da: 'Region Hovedstaden', en: 'Capital Region of Denmark', slug: 'hovedstaden' },
  '1085': { da: 'Region Sjælland', en: 'Region Zealand', slug: 'sjaelland' },
};

export const ERHVERVSHUS_NAMES: Record<ErhvervshusCode, { da: string; en: string }> = {
  hovedstaden: { da: 'Erhvervshus Hovedstaden', en: 'Business Hub Greater Copenhagen' },
  sjaelland: { da: 'Erhvervshus Sjælland', en: 'Business Hub Zealand' },
  fyn: { da: 'Erhvervshus Fyn', en: 'Business Hub Funen' },
  sydjylland: { da: 'Erhvervshus Sydjylland', en: 'Business Hub South Jutland' },
  midtjylland: { da: 'Erhvervshus Midtjylland', en: 'Business Hub Central Jutland' },
  nordjylland: { da: 'Erhvervshus Nordjylland', en: 'Business Hub North Jutland' },
};
