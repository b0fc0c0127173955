/** `export presences`: the presences in the chosen sources at the chosen date, written by the same code as the app's GeoJSON download. */
import type { Dataset, History } from '../../../src/model/schema';
import { presencesGeoJson, type PresenceCollection } from '../../../src/lib/export/presence-geojson';
import { presencesAsOf, type SourceChoice } from '../../../src/lib/history/presences-as-of';
import { noteSourceOf } from '../../../src/lib/history/provenance';

const NOTE_ALONE: SourceChoice = { sources: 'note', asOf: 'latest' };

export function presencesToGeoJson(
  dataset: Dataset,
  history?: History,
  choice: SourceChoice = NOTE_ALONE,
): PresenceCollection {
  return presencesGeoJson(
    presencesAsOf(dataset, history, choice),
    dataset.clusters,
    noteSourceOf(dataset.sources),
  );
}
