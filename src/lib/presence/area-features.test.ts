import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '@/lib/geo/point-in-polygon';
import {
  areaPresenceData,
  areaPresenceFeatures,
  areaPresenceLabels,
  pinnedMunicipalities,
} from './area-features';
import { baseMap, dataset } from '@/testing/presence-fixtures';

const data = areaPresenceData(dataset.presences, dataset.clusters, baseMap);
const area = (id: string) => data.areas.features.find((f) => f.properties.id === id);
const label = (id: string) => data.labels.features.find((f) => f.properties.id === id);

describe('areaPresenceData', () => {
  it('draws every area-level presence on its area, and no city-level one', () => {
    const expected = dataset.presences.filter((p) => p.precision === 'area').map((p) => p.id);
    expect(data.areas.features.map((f) => f.properties.id).sort()).toEqual(expected.sort());
    expect(data.labels.features).toHaveLength(expected.length);
  });

  it('draws Femern Bælt as Lolland, and labels it with the note’s words', () => {
    const femern = area('odense-robotics--femern-baelt-projektet');
    expect(pointInPolygon([11.3, 54.8], femern?.geometry ?? { type: 'MultiPolygon', coordinates: [] })).toBe(
      true,
    );
    expect(label('odense-robotics--femern-baelt-projektet')?.properties.place).toBe('Femern Bælt-projektet');
    expect(label('clean--sjaelland')?.properties.place).toBe('');
  });

  it('gives every area presence on Sjælland its own slot, Lolland included', () => {
    const ids = [
      'clean--sjaelland',
      'marlog--sjaelland',
      'digitallead--sjaelland',
      'odense-robotics--sjaelland',
      'odense-robotics--femern-baelt-projektet',
    ];
    const slots = ids.map((id) => area(id)?.properties.slot);
    expect(new Set(slots).size).toBe(5);
    expect(area('clean--sjaelland')?.properties.pattern).toBe('presence-hatch:environmental-technology:0:5');
    expect(area('we-build-denmark--midtjylland')?.properties.slot).toBe(0);
  });

  it('stacks labels that share a region under its name, and keeps other labels off the pins', () => {
    const lines = [
      'clean--sjaelland',
      'marlog--sjaelland',
      'digitallead--sjaelland',
      'odense-robotics--sjaelland',
    ].map((id) => label(id)?.properties.line);
    expect(lines).toEqual([2.4, 3.4, 4.4, 5.4]);
    const anchor = label('clean--sjaelland')?.geometry.coordinates;
    expect(label('marlog--sjaelland')?.geometry.coordinates).toEqual(anchor);
    const pinned = new Set(dataset.presences.filter((p) => p.point).flatMap((p) => p.municipalityCodes));
    for (const l of data.labels.features) {
      const host = baseMap.municipalities.features.find((m) =>
        pointInPolygon(l.geometry.coordinates, m.geometry),
      );
      expect(host, l.properties.id).toBeDefined();
      if (l.properties.id !== 'odense-robotics--femern-baelt-projektet')
        expect(pinned.has(host?.properties.code ?? ''), l.properties.id).toBe(false);
    }
  });

  it('leaves out what the filters took away', () => {
    const some = dataset.presences.filter((p) => p.clusterId === 'marlog');
    const only = areaPresenceData(some, dataset.clusters, baseMap);
    expect(only.areas.features.map((f) => f.properties.pattern)).toEqual([
      'presence-hatch:maritime-and-logistics:0:1',
    ]);
    expect(only.labels.features[0]?.properties.line).toBe(2.4);
    const fyn = areaPresenceData(
      dataset.presences.filter((p) => p.id === 'vision-denmark--fyn'),
      dataset.clusters,
      baseMap,
    );
    expect(fyn.labels.features[0]?.properties.line).toBe(0);
  });

  it('builds the polygons from the area presences alone, and shares one geometry per area', () => {
    const areasOnly = dataset.presences.filter((p) => p.area);
    expect(areaPresenceFeatures(areasOnly, dataset.clusters, baseMap)).toEqual(data.areas);
    const [clean, marlog] = ['clean--sjaelland', 'marlog--sjaelland'].map((id) => area(id));
    expect(clean?.geometry).toBe(marlog?.geometry);
  });

  it('places the labels from the area presences and the pinned municipalities', () => {
    const pinned = pinnedMunicipalities(dataset.presences);
    expect(pinned).toEqual([...new Set(pinned)].sort());
    const areasOnly = dataset.presences.filter((p) => p.area);
    expect(areaPresenceLabels(areasOnly, pinned, dataset.clusters, baseMap)).toEqual(data.labels);
  });
});
