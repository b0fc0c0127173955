import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { PresenceStatus } from '@/model/schema';
import type { AreaLabelProps, AreaPresenceProps } from '@/lib/presence/area-features';
import * as style from '../styles/presence-areas';
import { SLOTS } from '../styles/base-style';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';

interface Props {
  areas: FeatureCollection<MultiPolygon, AreaPresenceProps>;
  labels: FeatureCollection<Point, AreaLabelProps>;
  statusText: (status: PresenceStatus) => string;
  selectedPresenceId: string | null;
}

/**
 * Area-level presences ("på Sjælland", "på Fyn") drawn on their whole area: a hatch and an inset
 * outline in the business-area colour under the base map's labels, and a label of their own.
 */
export function AreaPresenceLayers({ areas, labels, statusText, selectedPresenceId }: Props) {
  const selected = selectedPresenceId ?? '';
  const labelStyle = useMemo(() => style.areaLabels(statusText), [statusText]);
  const selectedLabelStyle = useMemo(
    () => style.areaLabelSelection(statusText, selected),
    [statusText, selected],
  );
  return (
    <>
      <Source id="presence-areas" type="geojson" data={areas} buffer={PRESENCE_TILE_BUFFER}>
        <Layer {...style.areaHatch} beforeId={SLOTS.areas} />
        <Layer {...style.areaSelection} filter={['==', ['get', 'id'], selected]} beforeId={SLOTS.areas} />
        <Layer {...style.areaOutlineCasing} beforeId={SLOTS.areas} />
        <Layer {...style.areaOutline} beforeId={SLOTS.areas} />
      </Source>
      <Source id="presence-area-labels" type="geojson" data={labels}>
        <Layer {...labelStyle} />
        <Layer {...selectedLabelStyle} />
      </Source>
    </>
  );
}
