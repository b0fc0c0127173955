import type { BusinessAreaId } from '@/model/schema';

/**
 * One colour and one two-letter code per business area. Colour alone cannot keep 14 categories
 * apart for colour-blind readers, so the code is always drawn with it (on the map, in the legend,
 * in tables). Colours follow Paul Tol's qualitative schemes (personal.sron.nl/~pault/), ordered so
 * neighbours in the list differ in lightness as well as hue; the ten national areas take the
 * stronger colours, the four emerging ones the lighter.
 */
export const BUSINESS_AREA_STYLE: Record<BusinessAreaId, { color: string; code: string; textColor: string }> =
  {
    'energy-technology': { color: '#332288', code: 'EN', textColor: '#ffffff' },
    'environmental-technology': { color: '#117733', code: 'MI', textColor: '#ffffff' },
    'food-and-bioresources': { color: '#999933', code: 'FB', textColor: '#ffffff' },
    'maritime-and-logistics': { color: '#1f6fb2', code: 'ML', textColor: '#ffffff' },
    'life-science': { color: '#882255', code: 'LS', textColor: '#ffffff' },
    construction: { color: '#b5562d', code: 'BA', textColor: '#ffffff' },
    'design-fashion-furniture': { color: '#aa4499', code: 'DM', textColor: '#ffffff' },
    'advanced-production': { color: '#44546a', code: 'AP', textColor: '#ffffff' },
    'digital-technologies': { color: '#0f8a8a', code: 'DT', textColor: '#ffffff' },
    'finance-fintech': { color: '#6b4c9a', code: 'FF', textColor: '#ffffff' },
    'robot-drone-technology': { color: '#d98a1c', code: 'RD', textColor: '#1c1c1c' },
    'games-animation-film': { color: '#cc6677', code: 'SA', textColor: '#1c1c1c' },
    'space-defence-security': { color: '#88ccee', code: 'RF', textColor: '#1c1c1c' },
    'sound-technology': { color: '#ddcc77', code: 'LT', textColor: '#1c1c1c' },
  };
