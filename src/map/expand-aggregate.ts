import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { AggregatePick } from './pick-presences';

/** An aggregate that cannot split lists at most this many of its presences to choose from. */
export const CHOOSER_LIMIT = 50;

export type Expansion = { kind: 'zoom'; zoom: number } | { kind: 'choose'; ids: string[] };

/**
 * What a click on an aggregate does: zoom in to where it splits, or, where its presences share one
 * place (a town's members) and no zoom splits them, offer them to choose from.
 */
export async function expandAggregate(map: MaplibreMap, aggregate: AggregatePick): Promise<Expansion | null> {
  const source = map.getSource<GeoJSONSource>(aggregate.source);
  if (!source) return null;
  const zoom = await source.getClusterExpansionZoom(aggregate.clusterId);
  if (zoom <= map.getMaxZoom()) return { kind: 'zoom', zoom };
  const leaves = await source.getClusterLeaves(aggregate.clusterId, CHOOSER_LIMIT, 0);
  return { kind: 'choose', ids: leaves.map((f) => String(f.properties?.id)) };
}
