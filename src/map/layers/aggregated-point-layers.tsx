import { useMemo, useState } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { Cluster, Presence } from '@/model/schema';
import { memoLast } from '@/lib/memo/memo-last';
import { aggregatedPointData } from '@/lib/presence/aggregated-points';
import * as style from '../styles/imported-points';
import { IMPORTED_SOURCE } from '../styles/imported-ids';
import { useAggregateImages } from '../use-aggregate-images';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';

interface Props {
  presences: Presence[];
  clusters: Cluster[];
  /** The reader's Intl locale, for the counts. */
  locale: string;
}

/**
 * Aggregated town presences (the analyst's imports, or every one when there are thousands, see
 * splitTownPresences), in a clustered source: where they would overlap they are
 * one aggregate, a ring in the business areas' colours by share with the count inside, which splits
 * as the map zooms in; apart, each is a marker (with the "+" badge if imported). All under the note's markers.
 * Its own chunk: only a browser that keeps imports loads it.
 */
export default function AggregatedPointLayers({ presences, clusters, locale }: Props) {
  const { current: map } = useMap();
  useAggregateImages(map);
  // The same points give the same object: the source is not re-clustered when nothing it shows changed.
  const [points] = useState(() => memoLast(aggregatedPointData));
  const data = points(presences, clusters);
  const countStyle = useMemo(() => style.aggregateCount(locale), [locale]);
  const before = style.IMPORTED_BEFORE;
  return (
    <Source
      id={IMPORTED_SOURCE}
      type="geojson"
      data={data}
      buffer={PRESENCE_TILE_BUFFER}
      {...style.IMPORTED_SOURCE_OPTIONS}
    >
      <Layer {...style.importedUnderlay} beforeId={before} />
      <Layer {...style.importedBody} beforeId={before} />
      <Layer {...style.importedClosedStrike} beforeId={before} />
      <Layer {...style.importedCode} beforeId={before} />
      <Layer {...style.importedCodeOnColour} beforeId={before} />
      <Layer {...style.importedBadge} beforeId={before} />
      <Layer {...style.aggregateRing} beforeId={before} />
      <Layer {...countStyle} beforeId={before} />
      <Layer {...style.aggregateBadge} beforeId={before} />
    </Source>
  );
}
