/**
 * npm run geo:build — builds public/geo/denmark.topo.json, the base map the app loads:
 * DAGI municipalities dissolved per code (Christiansø with Bornholm), the 5 regions, the 6
 * erhvervshus areas and geographic Funen merged from them, border meshes per level, one interior
 * point per municipality (`pole`, its pole of inaccessibility),
 * neighbouring land from Natural Earth, and label points. Deterministic: same bytes each run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import { FUNEN, RAW_DIR, loadAdmin } from './lib/dagi';
import { pointInPolygon } from '../../src/lib/geo/point-in-polygon';
import regionAnchors from '../tables/region-label-anchors.json' with { type: 'json' };
import { buildTopology } from './lib/topology';
import { borderFiller } from './lib/border-filler';
import { majorTowns } from './lib/towns';
import { poleOfInaccessibility } from './lib/pole';

export const OUTPUT = fileURLToPath(new URL('../../public/geo/denmark.topo.json', import.meta.url));

const { municipalities, regions, erhvervshus } = loadAdmin();

const municipalityFeatures: FeatureCollection<MultiPolygon> = {
  type: 'FeatureCollection',
  features: municipalities.map((m) => ({
    type: 'Feature',
    properties: {
      code: m.code,
      name: m.name,
      region: m.regionCode,
      erhvervshus: m.erhvervshusCode,
      funen: m.onFunen,
      // Where distances to the nearest presence are measured from (coverage view, issue 6).
      pole: poleOfInaccessibility(m.geometry),
    },
    geometry: m.geometry,
  })),
};

const neighbours = JSON.parse(
  readFileSync(`${RAW_DIR}natural-earth/neighbours-10m.geojson`, 'utf8'),
) as FeatureCollection<MultiPolygon>;
neighbours.features = neighbours.features.map((f) => ({ ...f, properties: { name: f.properties?.name } }));
const deDkBorder = JSON.parse(
  readFileSync(`${RAW_DIR}natural-earth/de-dk-border-10m.geojson`, 'utf8'),
) as FeatureCollection<MultiLineString>;
const borderLine = deDkBorder.features[0]?.geometry.coordinates[0];
if (!borderLine) throw new Error('geo/raw/natural-earth/de-dk-border-10m.geojson has no border line');
const filler = borderFiller(
  borderLine,
  municipalities.filter((m) => m.regionCode === '1083').map((m) => m.geometry),
);
neighbours.features.push({
  type: 'Feature',
  properties: { name: 'Germany (border filler)' },
  geometry: { type: 'MultiPolygon', coordinates: [filler.coordinates] },
});

const codesIn = (predicate: (m: (typeof municipalities)[number]) => boolean) =>
  municipalities.filter(predicate).map((m) => m.code);

const regionLabels: Feature<Point>[] = regions.map((r) => {
  const anchor = (regionAnchors.anchors as unknown as Record<string, [number, number]>)[r.code];
  if (!anchor || !pointInPolygon(anchor, r.geometry)) {
    throw new Error(
      `geo/tables/region-label-anchors.json: the anchor for ${r.code} ${r.name} is missing or outside it`,
    );
  }
  return {
    type: 'Feature',
    properties: { kind: 'region', name: r.name, code: r.code },
    geometry: { type: 'Point', coordinates: anchor },
  };
});

const topo = buildTopology(
  municipalityFeatures,
  neighbours,
  [
    {
      name: 'regions',
      groups: regions.map((r) => ({
        properties: { code: r.code, name: r.name },
        memberCodes: codesIn((m) => m.regionCode === r.code),
      })),
    },
    {
      name: 'erhvervshus',
      groups: erhvervshus.map((e) => ({
        properties: { code: e.code, name: e.name, nameEn: e.nameEn },
        memberCodes: e.municipalityCodes,
      })),
    },
    {
      name: 'funen',
      groups: [
        {
          properties: { code: FUNEN.code, name: FUNEN.name, nameEn: FUNEN.nameEn },
          memberCodes: FUNEN.municipalities,
        },
      ],
    },
  ],
  [
    { name: 'municipalityBorders', key: 'code' },
    { name: 'regionBorders', key: 'region' },
    { name: 'erhvervshusBorders', key: 'erhvervshus' },
    { name: 'coastline', key: null },
  ],
  { type: 'FeatureCollection', features: [...regionLabels, ...majorTowns()] },
);

mkdirSync(fileURLToPath(new URL('../../public/geo/', import.meta.url)), { recursive: true });
const json = JSON.stringify(topo);
writeFileSync(OUTPUT, json + '\n');
console.log(`geo:build wrote ${OUTPUT} (${(json.length / 1024).toFixed(0)} KiB, ${topo.arcs.length} arcs)`);
