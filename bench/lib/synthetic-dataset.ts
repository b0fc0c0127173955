/**
 * Generates a dataset with N synthetic city presences for the filter benchmark only (never shipped).
 * Points fall inside real municipalities, so region and erhvervshus filters cut them realistically;
 * clusters and their texts are the real ones. Deterministic for a given seed.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { decodeBaseMap, type MunicipalityProps } from '../../src/model/base-map';
import { parseDataset } from '../../src/data/parse-dataset';
import { PRESENCE_STATUSES, type Dataset, type Presence } from '../../src/model/schema';
import { geometryBounds } from '../../src/lib/geo/bounds';
import { pointInPolygon } from '../../src/lib/geo/point-in-polygon';
import { random } from './random';

export function syntheticDataset(real: Dataset, topology: unknown, count: number, seed = 42): Dataset {
  const rand = random(seed);
  const base = decodeBaseMap(topology);
  const regionName = new Map(base.regions.features.map((f) => [f.properties.code, f.properties.name]));
  const houseName = new Map(base.erhvervshus.features.map((f) => [f.properties.code, f.properties.name]));
  const municipalities = base.municipalities.features as Feature<Polygon | MultiPolygon, MunicipalityProps>[];
  const boxes = municipalities.map((m) => geometryBounds([m.geometry]));
  const template = real.presences.find((p) => p.precision === 'city') as Presence;
  const presences: Presence[] = [];
  for (let i = 0; i < count; i++) {
    const cluster = real.clusters[Math.floor(rand() * real.clusters.length)] as Dataset['clusters'][number];
    const index = Math.floor(rand() * municipalities.length);
    const m = municipalities[index] as Feature<Polygon | MultiPolygon, MunicipalityProps>;
    const [w, s, e, n] = boxes[index] as [number, number, number, number];
    let point: [number, number] = [w, s];
    for (let tries = 0; tries < 200; tries++) {
      point = [w + (e - w) * rand(), s + (n - s) * rand()];
      if (pointInPolygon(point, m.geometry)) break;
    }
    presences.push({
      ...template,
      id: `${cluster.id}--synthetic-${i}`,
      clusterId: cluster.id,
      place: m.properties.name,
      status: PRESENCE_STATUSES[Math.floor(rand() * PRESENCE_STATUSES.length)] as Presence['status'],
      point: [Math.round(point[0] * 1e5) / 1e5, Math.round(point[1] * 1e5) / 1e5],
      municipality: { code: m.properties.code, name: m.properties.name },
      region: {
        code: m.properties.region,
        name: regionName.get(m.properties.region) ?? '',
      } as Presence['region'],
      erhvervshus: {
        code: m.properties.erhvervshus,
        name: houseName.get(m.properties.erhvervshus) ?? '',
      } as Presence['erhvervshus'],
      municipalityCodes: [m.properties.code],
    });
  }
  // The app validates on load; validating here proves the fixture is one the app accepts.
  return parseDataset({ ...real, presences }, 'synthetic dataset');
}
