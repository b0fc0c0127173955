import { Layer, Source } from 'react-map-gl/maplibre';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
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
  /** Beyond MAX_SPREAD markers `data` holds every presence and this filter shows the ones let through. */
  shown: ExpressionSpecification | null;
  selectedPresenceId: string | null;
  selectedClusterId: string | null;
  /** While "what changed" is open: which presences are new or gone since its earlier date. */
  diff: ReadonlyMap<string, PresenceDiff> | null;
}

/**
 * City-level presences: one GeoJSON source, circles for colour and status, symbols for the code;
 * towns too full for a ring as stacks; legs from moved markers back to their towns.
 */
export function PresencePointLayers({ data, shown, selectedPresenceId, selectedClusterId, diff }: Props) {
  // A layer without a filter must not get the key at all: MapLibre rejects `filter: undefined`.
  const only = <T extends { filter?: FilterSpecification }>(layer: T, own = layer.filter) => {
    const filter = style.withShown(own, shown);
    return filter ? { ...layer, filter } : layer;
  };
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
