import { useMemo } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { BaseMap } from '@/model/base-map';
import { useCoverageAnalysis } from '@/hooks/use-coverage-analysis';
import { choroplethFeatures } from '@/lib/coverage/choropleth';
import { useAppStore } from '@/state/store';
import * as style from '../styles/coverage-layers';
import { CoverageLegend } from './coverage-legend';
import { CoverageTooltip } from './coverage-tooltip';
import { useAreaClick } from '../use-area-click';
import { useCoverageHover } from './use-coverage-hover';
import { drawsImages } from '../generated-images';
import { BASE_TILE_BUFFER } from './tile-buffer';
import {
  AREA_LEVEL_PATTERN,
  areaLevelPattern,
  WHITE_SPOT_PATTERN,
  whiteSpotPattern,
} from '@/lib/coverage/patterns';

const COLLECTION = { region: 'regions', erhvervshus: 'erhvervshus', municipality: 'municipalities' } as const;
const HOVER_LAYERS = [style.COVERAGE_FILL_ID, style.COVERAGE_BLANK_ID];

// The fill patterns, drawn when a tile first asks for them (src/map/generated-images.ts).
const PATTERNS = new Map([
  [WHITE_SPOT_PATTERN, whiteSpotPattern],
  [AREA_LEVEL_PATTERN, areaLevelPattern],
]);
drawsImages((id) => PATTERNS.get(id)?.() ?? null);

/**
 * The coverage choropleth: clusters present per region / erhvervshus area / municipality, km from each
 * municipality to the nearest counted presence, or the share of an area's residents beyond D km of it.
 * Fills sit under the base map's borders and labels.
 */
export function CoverageLayers({ baseMap }: { baseMap: BaseMap }) {
  const { current: mapRef } = useMap();
  const analysis = useCoverageAnalysis();
  const metric = useAppStore((s) => s.coverageMetric);
  const level = useAppStore((s) => s.coverageLevel);
  const radius = useAppStore((s) => s.coverageRadius);
  const hover = useCoverageHover(mapRef, HOVER_LAYERS);
  // Distance is measured per municipality whatever the chosen level, so that is what a click opens.
  useAreaClick(mapRef, metric === 'distance' ? 'municipality' : level);

  const data = useMemo(() => {
    if (!analysis) return null;
    // Distance is measured per municipality whatever the chosen level.
    const areas = metric === 'distance' ? baseMap.municipalities : baseMap[COLLECTION[level]];
    return choroplethFeatures(areas, analysis, metric, radius);
  }, [analysis, baseMap, level, metric, radius]);
  if (!data) return null;
  const hovered = hover && data.features.find((f) => f.properties.code === hover.code)?.properties;
  return (
    <>
      <Source id="coverage" type="geojson" buffer={BASE_TILE_BUFFER} data={data}>
        <Layer {...style.METRIC_FILL[metric]} beforeId={style.COVERAGE_BEFORE_ID} />
        <Layer {...style.blankFill(metric)} beforeId={style.COVERAGE_BEFORE_ID} />
        <Layer {...style.areaLevelFill} beforeId={style.COVERAGE_BEFORE_ID} />
        <Layer {...style.areaOutline} beforeId={style.COVERAGE_BEFORE_ID} />
        <Layer {...style.hoverOutline(hover?.code ?? null)} beforeId={style.COVERAGE_BEFORE_ID} />
      </Source>
      <CoverageLegend metric={metric} radius={radius} />
      {hover && hovered && (
        <CoverageTooltip x={hover.x} y={hover.y} area={hovered} metric={metric} radius={radius} />
      )}
    </>
  );
}
