import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Cluster, Presence } from '@/data/schema';
import { MAX_SPREAD } from '@/lib/presence/marker-layout';
import { presencePointData } from '@/lib/presence/point-features';
import * as style from '../styles/presence-points';

interface Props {
  presences: Presence[];
  clusters: Cluster[];
  zoom: number;
  selectedPresenceId: string | null;
  selectedClusterId: string | null;
}

/** City-level presences: one GeoJSON source, circles for colour and status, symbols for the code. */
export function PresencePointLayers({
  presences,
  clusters,
  zoom,
  selectedPresenceId,
  selectedClusterId,
}: Props) {
  // Without rings (thousands of presences) the data does not change with the zoom: keep it still.
  const spread = useMemo(() => presences.filter((p) => p.point).length <= MAX_SPREAD, [presences]);
  const layoutZoom = spread ? zoom : 0;
  const { points, legs } = useMemo(
    () => presencePointData(presences, clusters, layoutZoom),
    [presences, clusters, layoutZoom],
  );
  return (
    <>
      <Source id="presence-legs" type="geojson" data={legs}>
        <Layer {...style.presenceLegs} />
        <Layer {...style.presenceAnchors} />
      </Source>
      <Source id="presences" type="geojson" data={points}>
        <Layer
          {...style.presenceClusterHalo}
          filter={[
            'all',
            ['==', ['get', 'clusterId'], selectedClusterId ?? ''],
            ['!=', ['get', 'id'], selectedPresenceId ?? ''],
          ]}
        />
        <Layer {...style.presenceSelection} filter={['==', ['get', 'id'], selectedPresenceId ?? '']} />
        <Layer {...style.presenceInferredRing} />
        <Layer {...style.presenceUnderlay} />
        <Layer {...style.presenceBody} />
        <Layer {...style.presenceCode} />
        <Layer {...style.presenceCodeOnColour} />
        <Layer {...style.presenceUserBadge} />
      </Source>
    </>
  );
}
