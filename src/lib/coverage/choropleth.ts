import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CoverageMetric } from '@/model/view';
import type { CoverageAnalysis } from './analyse';
import { countClass, distanceClass } from './classes';

/** Flat properties the map's data-driven styles and the hover read. */
export interface ChoroplethProps {
  code: string;
  name: string;
  /** Class index for the metric; counts: 0 is a white spot; distance: -1 is nothing to measure to. */
  cls: number;
  /** The count rests on area-level presences for at least one cluster, or the 0 km comes from one. */
  areaLevel: boolean;
  count: number | null;
  km: number | null;
}

/**
 * The level's polygons with the analysis joined on by code. Counts use `analysis.areas` (the collection
 * must be the same level); distance uses `analysis.distances` (the collection must be municipalities).
 */
export function choroplethFeatures<G extends Geometry>(
  collection: FeatureCollection<G, { code: string; name: string }>,
  analysis: Pick<CoverageAnalysis, 'areas' | 'distances'>,
  metric: CoverageMetric,
): FeatureCollection<G, ChoroplethProps> {
  const areas = new Map(analysis.areas.map((a) => [a.unit.code, a]));
  const distances = new Map(analysis.distances.map((d) => [d.unit.code, d]));
  const props = (code: string, name: string): ChoroplethProps => {
    if (metric === 'clusters') {
      const area = areas.get(code);
      const count = area?.present.length ?? 0;
      return {
        code,
        name,
        cls: countClass(count),
        areaLevel: area?.present.some((c) => c.areaLevel) ?? false,
        count,
        km: null,
      };
    }
    const d = distances.get(code);
    const km = d?.km ?? null;
    return {
      code,
      name,
      cls: distanceClass(km),
      areaLevel: d?.areaLevel ?? false,
      count: null,
      km: km === null ? null : Math.round(km * 10) / 10,
    };
  };
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f): Feature<G, ChoroplethProps> => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: props(f.properties.code, f.properties.name),
    })),
  };
}
