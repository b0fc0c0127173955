import { describe, expect, it } from 'vitest';
import { presencePointData } from './point-features';
import { townClearances, townRankAt, townsAt } from './town-labels';
import { baseMap, dataset } from '@/testing/presence-fixtures';

describe('town labels', () => {
  it('name more towns as the map zooms in', () => {
    expect([5, 6.2, 7.4, 10].map(townRankAt)).toEqual([1, 2, 3, 3]);
    const names = (zoom: number) => townsAt(baseMap.labels.features, zoom).map((t) => t.properties.name);
    expect(names(5)).toEqual(['København', 'Aarhus', 'Odense', 'Aalborg']);
    expect(names(8).length).toBeGreaterThan(names(6.5).length);
  });

  it('move the names of towns with markers out beyond the whole ring, and leave the others', () => {
    const zoom = 7;
    const { reach } = presencePointData(dataset.presences, dataset.clusters, zoom);
    const clear = new Map(townClearances(baseMap.labels.features, reach, zoom));
    expect([...clear.keys()]).toEqual([...clear.keys()].sort());
    for (const town of ['Aalborg', 'Aarhus', 'Odense', 'Næstved', 'Slagelse'])
      expect(clear.has(town), town).toBe(true);
    expect(clear.has('Esbjerg')).toBe(false);
    // Aalborg's two markers on a ring reach further than Næstved's one marker on the town.
    expect(clear.get('Aalborg')).toBeGreaterThan(clear.get('Næstved') ?? Infinity);
    // Towns not named at this zoom are not listed (Haderslev is rank 3, named from 7.4).
    expect(clear.has('Haderslev')).toBe(false);
  });
});
