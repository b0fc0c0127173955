/**
 * The 14 business areas (styrkepositioner) as the note's headings name them. `inHeading` is false for
 * life science: its heading names only the cluster, so that label comes from the national list, not the note.
 */
export const BUSINESS_AREAS = [
  {
    id: 'energy-technology',
    da: 'Energiteknologi',
    en: 'Energy technology',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'environmental-technology',
    da: 'Miljøteknologi',
    en: 'Environmental technology',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'food-and-bioresources',
    da: 'Fødevarer og bioressourcer',
    en: 'Food and bioresources',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'maritime-and-logistics',
    da: 'Maritime erhverv og logistik',
    en: 'Maritime industries and logistics',
    emerging: false,
    inHeading: true,
  },
  { id: 'life-science', da: 'Life science', en: 'Life science', emerging: false, inHeading: false },
  {
    id: 'construction',
    da: 'Byggeri og anlæg',
    en: 'Construction and civil engineering',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'design-fashion-furniture',
    da: 'Design, mode og møbler',
    en: 'Design, fashion and furniture',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'advanced-production',
    da: 'Avanceret produktion',
    en: 'Advanced manufacturing',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'digital-technologies',
    da: 'Digitale teknologier',
    en: 'Digital technologies',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'finance-fintech',
    da: 'Finans og fintech',
    en: 'Finance and fintech',
    emerging: false,
    inHeading: true,
  },
  {
    id: 'robot-drone-technology',
    da: 'Robot- og droneteknologi',
    en: 'Robot and drone technology',
    emerging: true,
    inHeading: true,
  },
  {
    id: 'games-animation-film',
    da: 'Spil, animation og film',
    en: 'Games, animation and film',
    emerging: true,
    inHeading: true,
  },
  {
    id: 'space-defence-security',
    da: 'Rum, forsvar og sikkerhed',
    en: 'Space, defence and security',
    emerging: true,
    inHeading: true,
  },
  { id: 'sound-technology', da: 'Lydteknologi', en: 'Sound technology', emerging: true, inHeading: true },
] as const;

export type BusinessAreaId = (typeof BUSINESS_AREAS)[number]['id'];
export type BusinessAreaInfo = (typeof BUSINESS_AREAS)[number];

export const BUSINESS_AREA_IDS = BUSINESS_AREAS.map((a) => a.id) as [BusinessAreaId, ...BusinessAreaId[]];

export function businessAreaById(id: string): BusinessAreaInfo | undefined {
  return BUSINESS_AREAS.find((a) => a.id === id);
}
