import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AreaChipProps } from './area-features';
import type { PresencePointData } from './point-features';
import type { SelectedLabelProps } from './selected-label';

/** What a feature of the presence marks is; each presence layer draws one part. */
export const MARK_PARTS = ['leg', 'stack', 'marker', 'chip', 'label'] as const;
export type MarkPart = (typeof MARK_PARTS)[number];

export type MarkFeature = Feature<Point | LineString, Record<string, unknown> & { part: MarkPart }>;

const tagged = <G extends Point | LineString, P extends object>(
  collection: FeatureCollection<G, P>,
  part: MarkPart,
): MarkFeature[] => collection.features.map((f) => ({ ...f, properties: { ...f.properties, part } }));

/**
 * The markers, stacks, legs, area chips and the selected name as one collection, each feature
 * tagged with its part. One GeoJSON source for all of them: a filter change then hands MapLibre's
 * worker one collection to index and one set of tiles to cut, instead of five whose tiles come back
 * one after another, each drawing a frame of its own (a frame costs ~100 ms in software GL).
 */
export function presenceMarks(
  points: PresencePointData,
  chips: FeatureCollection<Point, AreaChipProps>,
  label: FeatureCollection<Point, SelectedLabelProps>,
): FeatureCollection<Point | LineString, MarkFeature['properties']> {
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged(points.legs, 'leg'),
      ...tagged(points.stacks, 'stack'),
      ...tagged(points.points, 'marker'),
      ...tagged(chips, 'chip'),
      ...tagged(label, 'label'),
    ],
  };
}
