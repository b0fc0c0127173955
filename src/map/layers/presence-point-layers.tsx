import { useMemo, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FilterSpecification } from 'maplibre-gl';
import type { Cluster, Presence } from '@/model/schema';
import { useAllPresences } from '@/hooks/use-visible-presences';
import { memoLast } from '@/lib/memo/memo-last';
import { MAX_SPREAD } from '@/lib/presence/marker-layout';
import { presencePointData } from '@/lib/presence/point-features';
import { shownSubset } from '@/lib/presence/shown-subset';
import * as style from '../styles/presence-points';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';
import type { PresenceDiff } from '@/lib/history/changes';

const idsWith = (diff: ReadonlyMap<string, PresenceDiff>, kind: PresenceDiff): FilterSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...diff].filter(([, d]) => d === kind).map(([id]) => id)],
];

interface Props {
  presences: Presence[];
  clusters: Cluster[];
  zoom: number;
  selectedPresenceId: string | null;
  selectedClusterId: string | null;
  /** While "what changed" is open: which presences are new or gone since its earlier date. */
  diff: ReadonlyMap<string, PresenceDiff> | null;
}

/** City-level presences: one GeoJSON source, circles for colour and status, symbols for the code. */
export function PresencePointLayers({
  presences,
  clusters,
  zoom,
  selectedPresenceId,
  selectedClusterId,
  diff,
}: Props) {
  // Every presence a filter could show (imports included as the filters see them).
  const allPresences = useAllPresences();
  const located = useMemo(() => presences.filter((p) => p.point), [presences]);
  const allLocated = useMemo(() => allPresences.filter((p) => p.point), [allPresences]);
  // Up to MAX_SPREAD markers, towns with several spread into rings that depend on which are shown,
  // so the source holds just those. Beyond it there are no rings: the source holds every presence,
  // unchanged by a filter (no re-indexing of thousands of points in MapLibre's worker), and the
  // layers' filter shows the ones the filters let through.
  const spread = located.length <= MAX_SPREAD;
  // Rebuilt only when the towns or the layout change (memoLast): a filter that changes only the
  // areas hands both sources the objects they already have.
  const [pointData] = useState(() => memoLast(presencePointData));
  const [everyPoint] = useState(() => memoLast(presencePointData));
  const { points, legs } = spread ? pointData(located, clusters, zoom) : everyPoint(allLocated, clusters, 0);
  const shown = useMemo(
    () => (spread ? null : style.shownFilter(shownSubset(allLocated, located))),
    [spread, allLocated, located],
  );
  // A layer without a filter must not get the key at all: MapLibre rejects `filter: undefined`.
  const only = <T extends { filter?: FilterSpecification }>(layer: T, own = layer.filter) => {
    const filter = style.withShown(own, shown);
    return filter ? { ...layer, filter } : layer;
  };
  return (
    <>
      <Source id="presence-legs" type="geojson" data={legs}>
        <Layer {...style.presenceLegs} />
        <Layer {...style.presenceAnchors} />
      </Source>
      <Source id="presences" type="geojson" data={points} buffer={PRESENCE_TILE_BUFFER}>
        <Layer
          {...only(style.presenceClusterHalo, [
            'all',
            ['==', ['get', 'clusterId'], selectedClusterId ?? ''],
            ['!=', ['get', 'id'], selectedPresenceId ?? ''],
          ])}
        />
        <Layer {...only(style.presenceSelection, ['==', ['get', 'id'], selectedPresenceId ?? ''])} />
        {/* Only while comparing: the first view never compiles these. */}
        {diff && <Layer {...only(style.presenceDiffNew, idsWith(diff, 'new'))} />}
        {diff && <Layer {...only(style.presenceDiffGone, idsWith(diff, 'gone'))} />}
        <Layer {...only(style.presenceInferredRing)} />
        <Layer {...only(style.presenceUnderlay)} />
        <Layer {...only(style.presenceBody)} />
        <Layer {...only(style.presenceClosedStrike)} />
        <Layer {...only(style.presenceCode)} />
        <Layer {...only(style.presenceCodeOnColour)} />
        <Layer {...only(style.presenceUserBadge)} />
        <Layer {...only(style.presenceSourceBadge)} />
      </Source>
    </>
  );
}
