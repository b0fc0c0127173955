/**
 * One-off extraction of the neighbouring countries from the npm package world-atlas
 * (Natural Earth 1:10m, public domain) into geo/raw/natural-earth/neighbours-10m.geojson,
 * clipped to the map's bounds so the committed raw input stays small, and Natural Earth's
 * Germany–Denmark border line into de-dk-border-10m.geojson (the geo build closes the gap
 * between it and DAGI's more detailed border).
 * Run: npx tsx geo/scripts/extract-neighbours.ts
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'geojson';
import { clipToBox } from './lib/clip-to-box';
import { NEIGHBOUR_BOX, NEIGHBOUR_IDS } from './lib/extent';
import { RAW_DIR } from './lib/dagi';

const require = createRequire(import.meta.url);
const world = require('world-atlas/countries-10m.json') as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const round = (n: number) => Math.round(n * 1e5) / 1e5;

const countries = feature(world, world.objects.countries).features.filter((f) =>
  NEIGHBOUR_IDS.includes(String(f.id)),
);
const features = countries
  .sort((a, b) => String(a.id).localeCompare(String(b.id)))
  .map((f) => {
    const clipped = clipToBox(f.geometry as Polygon | MultiPolygon, NEIGHBOUR_BOX);
    clipped.coordinates = clipped.coordinates.map((rings) =>
      rings.map((ring) => ring.map(([x, y]) => [round(x as number), round(y as number)])),
    );
    return { type: 'Feature', id: f.id, properties: { name: f.properties.name }, geometry: clipped };
  });

writeFileSync(
  `${RAW_DIR}natural-earth/neighbours-10m.geojson`,
  JSON.stringify({ type: 'FeatureCollection', features }) + '\n',
);
const GERMANY = '276';
const DENMARK = '208';
const border = mesh(
  world,
  world.objects.countries,
  (a, b) => [a.id, b.id].sort().join() === [DENMARK, GERMANY].sort().join(),
);
border.coordinates = border.coordinates.map((line) =>
  line.map(([x, y]) => [round(x as number), round(y as number)]),
);
writeFileSync(
  `${RAW_DIR}natural-earth/de-dk-border-10m.geojson`,
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'Germany–Denmark border' }, geometry: border }],
  }) + '\n',
);
console.log(`wrote ${features.length} countries and the Germany–Denmark border`);
