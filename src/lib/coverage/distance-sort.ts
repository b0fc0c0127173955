import type { SortDirection } from '@/model/sort';
import type { MunicipalityDistance } from './distance';

export type DistanceSortKey = 'municipality' | 'region' | 'km' | 'residents' | 'nearest';

export interface DistanceSort {
  key: DistanceSortKey;
  direction: SortDirection;
}

/**
 * Sorts the distance table. Rows with nothing to measure to (km null) go last whichever way km runs;
 * ties fall back to the municipality name. `regionName` and `nearestName` word the text columns;
 * `residentsBeyond` gives a row's residents beyond the chosen D km (0 within it), so sorting by it
 * puts the biggest white spots by people first.
 */
export function sortDistances(
  rows: readonly MunicipalityDistance[],
  sort: DistanceSort,
  text: {
    regionName: (code: string) => string;
    nearestName: (row: MunicipalityDistance) => string;
    residentsBeyond: (row: MunicipalityDistance) => number;
  },
  locale = 'da',
): MunicipalityDistance[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: MunicipalityDistance, b: MunicipalityDistance) =>
    a.unit.name.localeCompare(b.unit.name, locale);
  const compare = (a: MunicipalityDistance, b: MunicipalityDistance): number => {
    switch (sort.key) {
      case 'municipality':
        return sign * byName(a, b);
      case 'region':
        return sign * text.regionName(a.unit.region).localeCompare(text.regionName(b.unit.region), locale);
      case 'residents':
        return sign * (text.residentsBeyond(a) - text.residentsBeyond(b));
      case 'nearest':
        return sign * text.nearestName(a).localeCompare(text.nearestName(b), locale);
      case 'km':
        if (a.km === null || b.km === null) return a.km === b.km ? 0 : a.km === null ? 1 : -1;
        return sign * (a.km - b.km);
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}
