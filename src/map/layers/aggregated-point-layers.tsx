import { useMemo, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { Cluster, Presence } from '@/model/schema';
import { memoLast, sameInputs } from '@/lib/memo/memo-last';
import { aggregatedPointData, type AggregatedPointProps } from '@/lib/presence/aggregated-points';
import * as style from '../styles/imported-points';
import { importedLayerId, IMPORTED_SOURCES, type AggregatingSource } from '../styles/imported-ids';
import { drawsImages } from '../generated-images';
import { aggregateImage, parseAggregateImageId } from '@/lib/presence/aggregate-image';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';

interface Props {
  /** The aggregated presences the filters let through. */
  presences: Presence[];
  /** Every aggregated presence, as if no filter were on. */
  all: Presence[];
  clusters: Cluster[];
  /** The reader's Intl locale, for the counts. */
  locale: string;
}

const NONE: Presence[] = [];

// An aggregate's ring, from its id: the style computes the id from the aggregate's counts.
drawsImages((id) => {
  const picture = parseAggregateImageId(id);
  return picture && aggregateImage(picture);
});

/**
 * Aggregated town presences (the analyst's imports, or every one when there are thousands, see
 * splitTownPresences), in a clustered source: where they would overlap they are
 * one aggregate, a ring in the business areas' colours by share with the count inside, which splits
 * as the map zooms in; apart, each is a marker (with the "+" badge if imported). All under the note's markers.
 * Two such sources (AggregatingSource): every presence, shown while no filter is on, and the filtered
 * ones, so that clearing a filter shows what the worker has indexed already.
 * Its own chunk: only a browser that keeps imports loads it.
 */
export default function AggregatedPointLayers({ presences, all, clusters, locale }: Props) {
  // The same points give the same object: a source is not re-clustered when nothing it shows changed.
  const [memo] = useState(() => ({
    all: memoLast(aggregatedPointData),
    filtered: memoLast(aggregatedPointData),
  }));
  const unfiltered = sameInputs([presences], [all]);
  const countStyle = useMemo(() => style.aggregateCount(locale), [locale]);
  return (
    <>
      <AggregatingLayers
        source="all"
        data={memo.all(all, clusters)}
        shown={unfiltered}
        countStyle={countStyle}
      />
      <AggregatingLayers
        source="filtered"
        data={memo.filtered(unfiltered ? NONE : presences, clusters)}
        shown={!unfiltered}
        countStyle={countStyle}
      />
    </>
  );
}

interface LayersProps {
  source: AggregatingSource;
  data: FeatureCollection<Point, AggregatedPointProps>;
  shown: boolean;
  countStyle: ReturnType<typeof style.aggregateCount>;
}

const LAYERS = [
  style.importedUnderlay,
  style.importedBody,
  style.importedClosedStrike,
  style.importedCode,
  style.importedCodeOnColour,
  style.importedBadge,
  style.aggregateRing,
];

/** One aggregating source with its layers, hidden (not removed: the worker keeps its index) when not shown. */
function AggregatingLayers({ source, data, shown, countStyle }: LayersProps) {
  const visibility = shown ? 'visible' : 'none';
  const layer = <T extends { id: string; layout?: object }>(s: T) => ({
    ...s,
    id: importedLayerId(s.id, source),
    layout: { ...s.layout, visibility },
    beforeId: style.IMPORTED_BEFORE,
  });
  return (
    <Source
      id={IMPORTED_SOURCES[source]}
      type="geojson"
      data={data}
      buffer={PRESENCE_TILE_BUFFER}
      {...style.IMPORTED_SOURCE_OPTIONS}
    >
      {LAYERS.map((s) => (
        <Layer key={s.id} {...layer(s)} />
      ))}
      <Layer {...layer(countStyle)} />
      <Layer {...layer(style.aggregateBadge)} />
    </Source>
  );
}
