import { Layer, Source } from 'react-map-gl/maplibre';
import type { FilterSpecification } from 'maplibre-gl';
import type { PresencePointData } from '@/lib/presence/point-features';
import * as style from '../styles/presence-points';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';
import type { PresenceDiff } from '@/lib/history/changes';

const idsWith = (diff: ReadonlyMap<string, PresenceDiff>, kind: PresenceDiff): FilterSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...diff].filter(([, d]) => d === kind).map(([id]) => id)],
];

interface Props {
  data: PresencePointData;
  selectedPresenceId: string | null;
  selectedClusterId: string | null;
  /** While "what changed" is open: which presences are new or gone since its earlier date. */
  diff: ReadonlyMap<string, PresenceDiff> | null;
}

/**
 * City-level presences: one GeoJSON source, circles for colour and status, symbols for the code;
 * towns too full for a ring as stacks; legs from moved markers back to their towns.
 */
export function PresencePointLayers({ data, selectedPresenceId, selectedClusterId, diff }: Props) {
  return (
    <>
      <Source id="presence-legs" type="geojson" data={data.legs}>
        <Layer {...style.presenceLegs} />
        <Layer {...style.presenceAnchors} />
      </Source>
      <Source id="presence-stacks" type="geojson" data={data.stacks}>
        <Layer {...style.presenceStack} />
      </Source>
      <Source id="presences" type="geojson" data={data.points} buffer={PRESENCE_TILE_BUFFER}>
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
