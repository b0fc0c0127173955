import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LabelProps } from '@/model/base-map';
import { memoLast } from '@/lib/memo/memo-last';
import { TOWN_OFFSET_PROPERTY, townLabelData, townOffsets } from './base-layers';

const label = (name: string, kind: LabelProps['kind'], rank = 3) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [10, 56] },
  properties: { name, kind, rank },
});
const labels: FeatureCollection<Point, LabelProps> = {
  type: 'FeatureCollection',
  features: [label('MIDTJYLLAND', 'region'), label('Aarhus', 'town', 1), label('Vejle', 'town')],
};
const ranks = new Map([
  ['Aarhus', 1],
  ['Vejle', 3],
]);

describe('town names clear of the markers', () => {
  it('moves out only the towns with a clearance, by its pixels over the name size at this zoom', () => {
    const offsets = townOffsets([['Aarhus', 21]], 5, ranks);
    // At zoom 5 a rank-1 name is 12 px: (21 + 3) / 12 em.
    expect(offsets).toEqual(['Aarhus', 2]);
    const data = townLabelData(labels, offsets);
    expect(data.features.map((f) => [f.properties.name, f.properties[TOWN_OFFSET_PROPERTY]])).toEqual([
      ['Aarhus', 2],
      ['Vejle', undefined],
    ]);
  });

  it('hands the source the same object while no name moves, a new one when one does', () => {
    const data = memoLast(townLabelData);
    const first = data(labels, townOffsets([], 6, ranks));
    expect(data(labels, townOffsets([], 7.3, ranks))).toBe(first);
    const moved = data(labels, townOffsets([['Vejle', 10]], 7.3, ranks));
    expect(moved).not.toBe(first);
    expect(data(labels, townOffsets([['Vejle', 10]], 7.3, ranks))).toBe(moved);
  });
});
