import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { pickPresences } from './pick-presences';
import { AREA_HIDDEN_STATE, AREA_HIT_LAYERS } from './styles/presence-areas';

/** A map with only the area tint under the pointer: these features, in their feature states. */
function mapWithAreas(areas: { ids: string; hidden?: boolean }[]): MaplibreMap {
  const features = areas.map(({ ids, hidden }) => ({
    properties: { ids },
    state: hidden === undefined ? {} : { [AREA_HIDDEN_STATE]: hidden },
    geometry: { type: 'MultiPolygon', coordinates: [] },
  }));
  return {
    getLayer: (id: string) => (id === AREA_HIT_LAYERS.tint ? {} : undefined),
    queryRenderedFeatures: (_at: unknown, { layers }: { layers: string[] }) =>
      layers.includes(AREA_HIT_LAYERS.tint) ? features : [],
    project: () => ({ x: 0, y: 0 }),
    unproject: () => ({ lng: 11.5, lat: 55.4 }),
  } as unknown as MaplibreMap;
}

describe('pickPresences on areas', () => {
  it('picks every presence of the areas under the point, once', () => {
    const map = mapWithAreas([{ ids: ',a,b,' }, { ids: ',b,c,', hidden: false }]);
    expect(pickPresences(map, { x: 5, y: 5 })).toEqual({
      ids: ['a', 'b', 'c'],
      longitude: 11.5,
      latitude: 55.4,
    });
  });

  it('leaves out an area the filters have hidden, and picks nothing where only such areas are', () => {
    const map = mapWithAreas([{ ids: ',a,', hidden: true }, { ids: ',c,' }]);
    expect(pickPresences(map, { x: 5, y: 5 })?.ids).toEqual(['c']);
    expect(pickPresences(mapWithAreas([{ ids: ',a,b,', hidden: true }]), { x: 5, y: 5 })).toBeNull();
  });
});
