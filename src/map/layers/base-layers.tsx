import { useMemo, useState } from 'react';
import { memoLast } from '@/lib/memo/memo-last';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { BaseMap } from '@/model/base-map';
import type { BorderLevel } from '@/state/slices/ui-slice';
import * as style from '../styles/base-layers';
import { SLOTS } from '../styles/base-style';
import { BASE_TILE_BUFFER } from './tile-buffer';
import { dataUrl } from './data-url';

interface Props {
  baseMap: BaseMap;
  borderLevel: BorderLevel;
  /** Towns whose names must keep clear of what the presence layers draw (townClearances), at `zoom`. */
  clearances: readonly (readonly [string, number])[];
  zoom: number;
}

/** Neighbouring land, Danish land, borders and labels, bottom to top. */
export function BaseLayers({ baseMap, borderLevel, clearances, zoom }: Props) {
  const ranks = useMemo(
    () => new Map(baseMap.labels.features.map((l) => [l.properties.name, l.properties.rank ?? 3])),
    [baseMap],
  );
  // The same offsets give the same object: the source is not re-laid out when no name moves.
  const [labelData] = useState(() => memoLast(style.townLabelData));
  const towns = labelData(baseMap.labels, style.townOffsets(clearances, zoom, ranks));
  return (
    <>
      <Source id="neighbours" type="geojson" buffer={BASE_TILE_BUFFER} data={dataUrl(baseMap.neighbours)}>
        <Layer {...style.neighbourFill} beforeId={SLOTS.land} />
      </Source>
      <Source id="land" type="geojson" buffer={BASE_TILE_BUFFER} data={dataUrl(baseMap.municipalities)}>
        <Layer {...style.landFill} beforeId={SLOTS.land} />
      </Source>
      <Source
        id="municipality-borders"
        type="geojson"
        buffer={BASE_TILE_BUFFER}
        data={dataUrl(baseMap.borders.municipality)}
      >
        <Layer {...style.municipalityBorders} beforeId={SLOTS.borders} />
      </Source>
      <Source
        id="coastline"
        type="geojson"
        buffer={BASE_TILE_BUFFER}
        data={dataUrl(baseMap.borders.coastline)}
      >
        <Layer {...style.coastline} beforeId={SLOTS.borders} />
      </Source>
      <Source id="admin-borders" type="geojson" buffer={BASE_TILE_BUFFER} data={baseMap.borders[borderLevel]}>
        <Layer {...style.adminBorderCasing} beforeId={SLOTS.borders} />
        <Layer {...style.adminBorder} beforeId={SLOTS.borders} />
      </Source>
      <Source id="labels" type="geojson" data={baseMap.labels}>
        <Layer {...style.regionLabels} beforeId={SLOTS.labels} />
        <Layer {...style.townDots} beforeId={SLOTS.labels} />
      </Source>
      {/* Apart from the region names and dots: a filter change re-lays out only these (townLabelData). */}
      <Source id="town-labels" type="geojson" data={towns}>
        <Layer {...style.townLabels} beforeId={SLOTS.labels} />
      </Source>
    </>
  );
}
