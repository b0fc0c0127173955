import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { polygonAreaKm2 } from '../../src/lib/geo/area';
import { pointInPolygon } from '../../src/lib/geo/point-in-polygon';
import { loadAdmin } from './lib/dagi';

const topo = JSON.parse(
  readFileSync(new URL('../../public/geo/denmark.topo.json', import.meta.url), 'utf8'),
) as Topology;
const layer = (name: string) =>
  feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    Record<string, string>
  >;
const totalArea = (fc: FeatureCollection<Polygon | MultiPolygon>) =>
  fc.features.reduce((sum, f) => sum + polygonAreaKm2(f.geometry), 0);

describe('public/geo/denmark.topo.json', () => {
  const municipalities = layer('municipalities');
  const admin = loadAdmin();

  it('holds the 98 municipalities, each once, Christiansø folded into Bornholm', () => {
    const codes = municipalities.features.map((f) => f.properties.code);
    expect(codes).toHaveLength(98);
    expect(new Set(codes).size).toBe(98);
    expect(codes).not.toContain('0411');
    expect(codes).toContain('0400');
  });

  it('holds the 5 regions', () => {
    expect(
      layer('regions')
        .features.map((f) => f.properties.code)
        .sort(),
    ).toEqual(['1081', '1082', '1083', '1084', '1085']);
  });

  it('has 6 erhvervshus areas that together hold each of the 98 municipalities exactly once', () => {
    const areas = admin.erhvervshus;
    expect(layer('erhvervshus').features).toHaveLength(6);
    const all = areas.flatMap((a) => a.municipalityCodes);
    expect(all).toHaveLength(98);
    expect(new Set(all)).toEqual(new Set(municipalities.features.map((f) => f.properties.code)));
    const tagged = municipalities.features.map((f) => f.properties.erhvervshus);
    expect(new Set(tagged).size).toBe(6);
  });

  it('keeps Middelfart with Sydjylland but on geographic Funen', () => {
    const middelfart = municipalities.features.find((f) => f.properties.code === '0410');
    expect(middelfart?.properties.erhvervshus).toBe('sydjylland');
    expect(middelfart?.properties.funen).toBe(true);
  });

  it('keeps the simplified land area within 1% of the raw DAGI data', () => {
    const raw = admin.municipalities.reduce((sum, m) => sum + polygonAreaKm2(m.geometry), 0);
    const simplified = totalArea(municipalities);
    expect(Math.abs(simplified / raw - 1)).toBeLessThan(0.01);
  });

  it('merges regions and erhvervshus areas without gaps or overlaps', () => {
    const land = totalArea(municipalities);
    expect(totalArea(layer('regions')) / land).toBeCloseTo(1, 4);
    expect(totalArea(layer('erhvervshus')) / land).toBeCloseTo(1, 4);
  });

  it('gives every municipality a pole inside its own simplified polygon', () => {
    for (const m of municipalities.features) {
      const pole = m.properties.pole as unknown as [number, number];
      expect(pole, m.properties.code).toHaveLength(2);
      expect(pointInPolygon(pole, m.geometry), `${m.properties.code} ${m.properties.name}`).toBe(true);
    }
  });

  it('has region and town labels inside Denmark', () => {
    const labels = (
      feature(topo, topo.objects.labels as GeometryCollection) as FeatureCollection<
        GeoJSON.Point,
        Record<string, string>
      >
    ).features;
    expect(labels.filter((f) => f.properties?.kind === 'region')).toHaveLength(5);
    const towns = labels.filter((f) => f.properties?.kind === 'town').map((f) => f.properties?.name);
    expect(towns).toEqual(expect.arrayContaining(['København', 'Aarhus', 'Odense', 'Aalborg']));
  });
});
