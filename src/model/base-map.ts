import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, MultiLineString as TopoLines, Topology } from 'topojson-specification';

/** The base map's layers, decoded from the TopoJSON that `npm run geo:build` writes. Pure: the benchmark's
 * baseline page uses it too. */
export interface MunicipalityProps {
  code: string;
  name: string;
  region: string;
  erhvervshus: string;
  funen: boolean;
  /** [lon, lat] inside the municipality (pole of inaccessibility): where coverage distances start. */
  pole: [number, number];
}
export interface AreaProps {
  code: string;
  name: string;
  nameEn?: string;
}
export interface LabelProps {
  kind: 'region' | 'town';
  name: string;
  code?: string;
  population?: number;
  rank?: number;
}

type Areas<P> = FeatureCollection<Polygon | MultiPolygon, P>;

export interface BaseMap {
  municipalities: Areas<MunicipalityProps>;
  regions: Areas<AreaProps>;
  erhvervshus: Areas<AreaProps>;
  funen: Areas<AreaProps>;
  neighbours: Areas<{ name: string }>;
  borders: Record<'municipality' | 'region' | 'erhvervshus' | 'coastline', Feature<MultiLineString>>;
  labels: FeatureCollection<Point, LabelProps>;
}

const COLLECTIONS = ['municipalities', 'regions', 'erhvervshus', 'funen', 'neighbours', 'labels'] as const;
const BORDERS = {
  municipality: 'municipalityBorders',
  region: 'regionBorders',
  erhvervshus: 'erhvervshusBorders',
  coastline: 'coastline',
} as const;

/** Decodes the topology built by `npm run geo:build`; a missing layer is named in the error. */
export function decodeBaseMap(json: unknown): BaseMap {
  const topo = json as Topology;
  if (topo?.type !== 'Topology' || typeof topo.objects !== 'object')
    throw new Error('not a TopoJSON topology');
  const missing = [...COLLECTIONS, ...Object.values(BORDERS)].filter((name) => !topo.objects[name]);
  if (missing.length) throw new Error(`missing layers: ${missing.join(', ')}`);
  const collection = <P>(name: string) =>
    feature(topo, topo.objects[name] as GeometryCollection) as unknown as FeatureCollection<never, P>;
  const lines = (name: string) => feature(topo, topo.objects[name] as TopoLines) as Feature<MultiLineString>;
  const municipalities = collection<MunicipalityProps>('municipalities');
  if (municipalities.features.length !== 98) {
    throw new Error(`expected 98 municipalities, found ${municipalities.features.length}`);
  }
  return {
    municipalities,
    regions: collection('regions'),
    erhvervshus: collection('erhvervshus'),
    funen: collection('funen'),
    neighbours: collection('neighbours'),
    labels: collection('labels'),
    borders: {
      municipality: lines(BORDERS.municipality),
      region: lines(BORDERS.region),
      erhvervshus: lines(BORDERS.erhvervshus),
      coastline: lines(BORDERS.coastline),
    },
  };
}
