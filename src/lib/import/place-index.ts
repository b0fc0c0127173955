/** The compact gazetteer file as the geocoder's gazetteer and alias index (src/lib/geocode). */
import type { GazetteerFile } from '@/model/gazetteer-schema';
import { createGazetteer, type Gazetteer } from '@/lib/geocode/gazetteer';
import { createAliasIndex, type Alias, type AliasIndex } from '@/lib/geocode/resolve-place';

export interface PlaceIndex {
  gazetteer: Gazetteer;
  aliases: AliasIndex;
  /** GeoNames id → the municipality code the build found for it. */
  municipalityOf: ReadonlyMap<number, string | null>;
}

export function createPlaceIndex(file: GazetteerFile): PlaceIndex {
  return {
    gazetteer: createGazetteer(file.places.map((p) => ({ ...p, population: 0 }))),
    aliases: createAliasIndex(file.aliases as Alias[]),
    municipalityOf: new Map(file.places.map((p) => [p.id, p.municipality])),
  };
}
