import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { presenceMarks } from './mark-features';
import type { PresencePointData } from './point-features';
import type { AreaChipProps } from './area-features';
import type { SelectedLabelProps } from './selected-label';

const at = (x: number): Point => ({ type: 'Point', coordinates: [x, 56] });
const collection = <P>(features: { geometry: Point; properties: P }[]) =>
  ({
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', ...f })),
  }) as FeatureCollection<Point, P>;

describe('presenceMarks', () => {
  const points = {
    points: collection([{ geometry: at(10), properties: { id: 'a', name: 'A' } }]),
    stacks: collection([{ geometry: at(11), properties: { ids: 'b,c', count: 2, image: 'stack' } }]),
    legs: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [10, 56],
              [10.1, 56],
            ],
          },
          properties: { id: 'a' },
        },
        { type: 'Feature', geometry: at(10.1), properties: { id: 'a' } },
      ],
    },
    obstacles: [],
    reach: [],
  } as unknown as PresencePointData;
  const chips = collection<Partial<AreaChipProps>>([
    { geometry: at(12), properties: { id: 'd', name: 'D' } },
  ]);
  const label = collection<SelectedLabelProps>([{ geometry: at(10), properties: { name: 'A', radius: 9 } }]);

  it('keeps every feature, its geometry and its properties, and says which part it is', () => {
    const marks = presenceMarks(points, chips as FeatureCollection<Point, AreaChipProps>, label);
    expect(marks.features.map((f) => [f.properties.part, f.geometry.type])).toEqual([
      ['leg', 'LineString'],
      ['leg', 'Point'],
      ['stack', 'Point'],
      ['marker', 'Point'],
      ['chip', 'Point'],
      ['label', 'Point'],
    ]);
    expect(marks.features[3]?.properties).toEqual({ id: 'a', name: 'A', part: 'marker' });
    expect(marks.features[5]?.properties).toEqual({ name: 'A', radius: 9, part: 'label' });
  });

  it('does not change the collections it was given', () => {
    presenceMarks(points, chips as FeatureCollection<Point, AreaChipProps>, label);
    expect(points.points.features[0]?.properties).toEqual({ id: 'a', name: 'A' });
  });
});
