import { Layer } from 'react-map-gl/maplibre';
import type { FilterSpecification } from 'maplibre-gl';
import * as style from '../styles/presence-points';
import { onPart } from '../styles/presence-marks';
import type { PresenceDiff } from '@/lib/history/changes';

const idsWith = (diff: ReadonlyMap<string, PresenceDiff>, kind: PresenceDiff): FilterSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...diff].filter(([, d]) => d === kind).map(([id]) => id)],
];

interface Props {
  selectedPresenceId: string | null;
  selectedClusterId: string | null;
  /** While "what changed" is open: which presences are new or gone since its earlier date. */
  diff: ReadonlyMap<string, PresenceDiff> | null;
}

/**
 * City-level presences on the marks source: legs from moved markers back to their towns, towns too
 * full for a ring as stacks, circles for colour and status, symbols for the code and badges.
 */
export function PresencePointLayers({ selectedPresenceId, selectedClusterId, diff }: Props) {
  return (
    <>
      <Layer {...onPart('leg', style.presenceLegs)} />
      <Layer {...onPart('leg', style.presenceAnchors)} />
      <Layer {...onPart('stack', style.presenceStack)} />
      <Layer
        {...onPart('marker', style.presenceClusterHalo, [
          'all',
          ['==', ['get', 'clusterId'], selectedClusterId ?? ''],
          ['!=', ['get', 'id'], selectedPresenceId ?? ''],
        ])}
      />
      <Layer
        {...onPart('marker', style.presenceSelection, ['==', ['get', 'id'], selectedPresenceId ?? ''])}
      />
      {/* Only while comparing: the first view never compiles these. */}
      {diff && <Layer {...onPart('marker', style.presenceDiffNew, idsWith(diff, 'new'))} />}
      {diff && <Layer {...onPart('marker', style.presenceDiffGone, idsWith(diff, 'gone'))} />}
      <Layer {...onPart('marker', style.presenceInferredRing)} />
      <Layer {...onPart('marker', style.presenceUnderlay)} />
      <Layer {...onPart('marker', style.presenceBody)} />
      <Layer {...onPart('marker', style.presenceClosedStrike)} />
      <Layer {...onPart('marker', style.presenceCode)} />
      <Layer {...onPart('marker', style.presenceCodeOnColour)} />
      <Layer {...onPart('marker', style.presenceUserBadge)} />
      <Layer {...onPart('marker', style.presenceSourceBadge)} />
    </>
  );
}
