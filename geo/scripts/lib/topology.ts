/**
 * Builds one TopoJSON topology for the base map. Every polygon layer (municipalities,
 * regions, erhvervshus areas, geographic Funen) and every border layer references the
 * same simplified arcs, so shared borders stay identical and nothing is stored twice.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { mergeArcs, meshArcs, quantize } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

export const SIMPLIFY = {
  /** Quantisation grid: 1e5 steps across the extent, about 10 m. */
  quantization: 1e5,
  /** Visvalingam weight (planar triangle area in square degrees): about 0.02 km². */
  minWeight: 3e-6,
  /** Islets below about 0.1 km² are dropped. */
  minRingWeight: 1e-5,
} as const;

type AreaPolygon = TopoPolygon<Record<string, unknown>> | TopoMultiPolygon<Record<string, unknown>>;

export interface GroupSpec {
  /** Topology object name, e.g. 'regions'. */
  name: string;
  groups: { properties: Record<string, unknown>; memberCodes: string[] }[];
}

export interface BorderSpec {
  name: string;
  /** The property of a municipality whose change marks a border at this level; null for the outline of the land. */
  key: string | null;
}

export function buildTopology(
  municipalities: FeatureCollection<MultiPolygon>,
  neighbours: FeatureCollection<MultiPolygon>,
  groups: GroupSpec[],
  borders: BorderSpec[],
  labels: FeatureCollection,
): Topology {
  const raw = topology(
    { municipalities, neighbours } as Record<string, FeatureCollection>,
    SIMPLIFY.quantization,
  );
  // The topojson typings disagree on property types between packages; the data is the same object.
  const presimplified = presimplify(raw as never) as Topology;
  const filtered = filter(
    presimplified as never,
    filterWeight(presimplified as never, SIMPLIFY.minRingWeight),
  );
  const topo = quantize(simplify(filtered as never, SIMPLIFY.minWeight), SIMPLIFY.quantization) as Topology;

  const municipalityObject = topo.objects.municipalities as GeometryCollection<Record<string, unknown>>;
  const members = municipalityObject.geometries as AreaPolygon[];
  const byCode = new Map(members.map((g) => [String(g.properties?.code), g]));

  for (const spec of groups) {
    topo.objects[spec.name] = {
      type: 'GeometryCollection',
      geometries: spec.groups.map(({ properties, memberCodes }) => {
        const parts = memberCodes.map((code) => {
          const geometry = byCode.get(code);
          if (!geometry) throw new Error(`${spec.name}: municipality ${code} is not in the topology`);
          return geometry;
        });
        return { ...mergeArcs(topo, parts), properties };
      }),
    };
  }

  for (const { name, key } of borders) {
    topo.objects[name] = meshArcs(
      topo,
      municipalityObject,
      // An arc used by one polygon only (a === b) lies on the coast or the land border.
      key === null
        ? (a, b) => a === b
        : (a, b) => a !== b && (a as AreaPolygon).properties?.[key] !== (b as AreaPolygon).properties?.[key],
    );
  }

  // Labels are points: they carry absolute, rounded coordinates (no transform applies to them here).
  topo.objects.labels = {
    type: 'GeometryCollection',
    geometries: labels.features.map((f: Feature) => ({
      type: 'Point',
      coordinates: toGrid(topo, (f.geometry as GeoJSON.Point).coordinates as [number, number]),
      properties: f.properties ?? {},
    })),
  };
  return topo;
}

/** Points inside a quantised topology are stored on the same grid, not as deltas. */
function toGrid(topo: Topology, [x, y]: [number, number]): [number, number] {
  const t = topo.transform;
  if (!t) return [x, y];
  return [Math.round((x - t.translate[0]) / t.scale[0]), Math.round((y - t.translate[1]) / t.scale[1])];
}
