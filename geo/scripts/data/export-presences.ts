/** `export presences`: every presence, written by the same code as the app's GeoJSON download. */
import type { Dataset } from '../../../src/model/schema';
import { presencesGeoJson, type PresenceCollection } from '../../../src/lib/export/presence-geojson';

export function presencesToGeoJson(dataset: Dataset): PresenceCollection {
  const primary = dataset.sources.find((s) => s.primary)?.id ?? '';
  return presencesGeoJson(dataset.presences, dataset.clusters, primary);
}
