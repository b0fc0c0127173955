import { useMemo, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Cluster, Presence } from '@/model/schema';
import { memoLast } from '@/lib/memo/memo-last';
import { MAX_SPREAD } from '@/lib/presence/marker-layout';
import { presencePointData } from '@/lib/presence/point-features';
import * as style from '../styles/presence-points';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';
import type { PresenceDiff } from '@/lib/history/changes';
import type { FilterSpecification } from 'maplibre-gl';

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
  const located = useMemo(() => presences.filter((p) => p.point), [presences]);
  // Without rings (thousands of presences) the data does not change with the zoom: keep it still.
  const layoutZoom = located.length <= MAX_SPREAD ? zoom : 0;
  // Rebuilt only when the towns or the layout change (memoLast): a filter that changes only the
  // areas hands both sources the objects they already have.
  const [pointData] = useState(() => memoLast(presencePointData));
  const { points, legs } = pointData(located, clusters, layoutZoom);
  return (
    <>
      <Source id="presence-legs" type="geojson" data={legs}>
        <Layer {...style.presenceLegs} />
        <Layer {...style.presenceAnchors} />
      </Source>
      <Source id="presences" type="geojson" data={points} buffer={PRESENCE_TILE_BUFFER}>
        <Layer
          {...style.presenceClusterHalo}
          filter={[
            'all',
            ['==', ['get', 'clusterId'], selectedClusterId ?? ''],
            ['!=', ['get', 'id'], selectedPresenceId ?? ''],
          ]}
        />
        <Layer {...style.presenceSelection} filter={['==', ['get', 'id'], selectedPresenceId ?? '']} />
        {/* Only while comparing: the first view never compiles these. */}
        {diff && <Layer {...style.presenceDiffNew} filter={idsWith(diff, 'new')} />}
        {diff && <Layer {...style.presenceDiffGone} filter={idsWith(diff, 'gone')} />}
        <Layer {...style.presenceInferredRing} />
        <Layer {...style.presenceUnderlay} />
        <Layer {...style.presenceBody} />
        <Layer {...style.presenceClosedStrike} />
        <Layer {...style.presenceCode} />
        <Layer {...style.presenceCodeOnColour} />
        <Layer {...style.presenceUserBadge} />
        <Layer {...style.presenceSourceBadge} />
      </Source>
    </>
  );
}
