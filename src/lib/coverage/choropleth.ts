import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CoverageMetric } from '@/model/view';
import type { CoverageAnalysis } from './analyse';
import { beyondClass, countClass, distanceClass } from './classes';
import type { RadiusKm } from '@/model/view';
import { residentsBeyond, shareBeyond } from './residents';

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
  /** residents metric: the area's residents, those beyond D km, and their share in whole per cent. */
  residents: number | null;
  beyond: number | null;
  percent: number | null;
}

const NO_RESIDENTS = { residents: null, beyond: null, percent: null };

/**
 * The level's polygons with the analysis joined on by code. Counts and residents use `analysis.areas`
 * and `analysis.residents` (the collection must be the same level); distance uses `analysis.distances`
 * (the collection must be municipalities). `radius` is the residents metric's D.
 */
export function choroplethFeatures<G extends Geometry>(
  collection: FeatureCollection<G, { code: string; name: string }>,
  analysis: Pick<CoverageAnalysis, 'areas' | 'distances' | 'residents'>,
  metric: CoverageMetric,
  radius: RadiusKm = 50,
): FeatureCollection<G, ChoroplethProps> {
  const areas = new Map(analysis.areas.map((a) => [a.unit.code, a]));
  const distances = new Map(analysis.distances.map((d) => [d.unit.code, d]));
  const residents = new Map(analysis.residents.map((r) => [r.unit.code, r]));
  const props = (code: string, name: string): ChoroplethProps => {
    if (metric === 'residents') {
      const r = residents.get(code);
      const share = r ? shareBeyond(r, radius) : null;
      return {
        code,
        name,
        cls: beyondClass(share),
        areaLevel: false,
        count: null,
        km: null,
        residents: r?.residents ?? null,
        beyond: r ? residentsBeyond(r, radius) : null,
        percent: share === null ? null : Math.round(share * 100),
      };
    }
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
        ...NO_RESIDENTS,
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
      ...NO_RESIDENTS,
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
