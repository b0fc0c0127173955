import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { trustOwnStyle } from './trusted-style';

describe('the shipped map trusts its own style', () => {
  it('passes validate: false to every setter, at its options argument, keeping other options', () => {
    const calls: unknown[][] = [];
    const record =
      (name: string) =>
      (...args: unknown[]) =>
        void calls.push([name, ...args]);
    const style = {
      addLayer: record('addLayer'),
      addSource: record('addSource'),
      setFilter: record('setFilter'),
      setPaintProperty: record('setPaintProperty'),
      setLayoutProperty: record('setLayoutProperty'),
      addImage: record('addImage'),
    };
    trustOwnStyle({ style } as unknown as MaplibreMap);
    style.addLayer({ id: 'x' });
    style.addSource('s', { type: 'geojson' });
    style.setFilter('x', ['==', 1, 1], { validate: true, other: 1 });
    style.setPaintProperty('x', 'fill-color', 'red');
    style.setLayoutProperty('x', 'visibility', 'none', {});
    style.addImage('i', 1);
    expect(calls).toEqual([
      ['addLayer', { id: 'x' }, undefined, { validate: false }],
      ['addSource', 's', { type: 'geojson' }, { validate: false }],
      ['setFilter', 'x', ['==', 1, 1], { validate: false, other: 1 }],
      ['setPaintProperty', 'x', 'fill-color', 'red', { validate: false }],
      ['setLayoutProperty', 'x', 'visibility', 'none', { validate: false }],
      ['addImage', 'i', 1],
    ]);
  });

  it('leaves a map without a style as it is', () => {
    expect(() => trustOwnStyle({} as MaplibreMap)).not.toThrow();
  });
});
