import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import { areaFeature } from '@/lib/area/area-feature';
import { type AreaRef } from '@/model/area';
import * as style from '../styles/selected-area';
import { BASE_TILE_BUFFER } from './tile-buffer';

const NONE: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The outline of the area whose profile is open, in both views: above the fills and borders, under
 * the labels, and so under the presences, which are drawn above the labels. Loaded with the first
 * area opened.
 */
export function SelectedAreaLayer({ baseMap, area }: { baseMap: BaseMap; area: AreaRef }) {
  const data = useMemo((): FeatureCollection => {
    const feature = areaFeature(baseMap, area);
    return feature ? { type: 'FeatureCollection', features: [feature] } : NONE;
  }, [baseMap, area]);
  return (
    <Source id="selected-area" type="geojson" buffer={BASE_TILE_BUFFER} data={data}>
      <Layer {...style.selectedAreaCasing} beforeId={style.SELECTED_AREA_BEFORE_ID} />
      <Layer {...style.selectedAreaLine} beforeId={style.SELECTED_AREA_BEFORE_ID} />
    </Source>
  );
}
