import { describe, expect, it } from 'vitest';
import { presencePointData } from './point-features';
import { dataset, presence } from '@/testing/presence-fixtures';
import { CLOSED_COLOR } from './marker-style';
import { MAX_RING_NARROW } from './point-features';

const at = (zoom: number) => presencePointData(dataset.presences, dataset.clusters, zoom);
const SHARED_TOWNS = ['Aalborg', 'Aarhus', 'København', 'Odense', 'Roskilde'];

describe('presencePointData', () => {
  it('draws one point per city-level presence, never one for an area', () => {
    const ids = at(7).points.features.map((f) => f.properties.id);
    expect(ids.sort()).toEqual(
      dataset.presences
        .filter((p) => p.point)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('moves every marker in a shared town off the others and draws a leg back to the town', () => {
    const { points, legs } = at(9);
    for (const town of SHARED_TOWNS) {
      const here = dataset.presences.filter((p) => p.municipality?.name === town && p.point);
      expect(here.length, town).toBeGreaterThan(1);
      const drawn = here.map((p) =>
        points.features.find((f) => f.properties.id === p.id)?.geometry.coordinates.join(),
      );
      expect(new Set(drawn).size, town).toBe(here.length);
      for (const p of here)
        expect(
          legs.features.some((l) => l.properties.id === p.id),
          p.id,
        ).toBe(true);
    }
    const vojens = points.features.find((f) => f.properties.id === 'food-bio-cluster-denmark--vojens');
    expect(vojens?.geometry.coordinates).toEqual([9.30603, 55.24639]);
  });

  it('stacks no town of the note at a desktop’s first view; a phone’s stacks København with its neighbours', () => {
    for (const zoom of [5.5, 6, 7]) {
      const { stacks, points } = at(zoom);
      expect(stacks.features, `zoom ${zoom}`).toEqual([]);
      expect(points.features).toHaveLength(dataset.presences.filter((p) => p.point).length);
    }
    const phone = presencePointData(dataset.presences, dataset.clusters, 5.3, null, MAX_RING_NARROW);
    const [stack, ...others] = phone.stacks.features.map((f) => f.properties.ids.split(','));
    expect(others).toEqual([]);
    for (const id of [
      'copenhagen-fintech--copenhagen',
      'odense-robotics--koebenhavn',
      'vision-denmark--koebenhavn',
    ])
      expect(stack).toContain(id);
    for (const id of stack ?? [])
      expect(['København', 'Albertslund', 'Roskilde']).toContain(presence(id).municipality?.name);
    // Every presence is drawn once: as a marker or in the stack.
    expect(phone.points.features.length + (stack?.length ?? 0)).toBe(
      dataset.presences.filter((p) => p.point).length,
    );
  });

  it('says how far each town’s drawing reaches, its ring included', () => {
    const { reach, points } = at(9);
    const aalborg = reach.find((r) => r.at.join() === '9.9187,57.048');
    const ring = points.features.filter((f) => f.properties.id.endsWith('--aalborg'));
    expect(ring).toHaveLength(2);
    // Two markers of ~11 px on a ring around the town: beyond one marker's diameter, within two.
    expect(aalborg?.radius).toBeGreaterThan(22);
    expect(aalborg?.radius).toBeLessThan(44);
    const vojens = reach.find((r) => r.at.join() === '9.30603,55.24639');
    expect(vojens?.radius).toBeLessThan(16);
  });

  it('greys a closed presence and names its cluster for the selection label', () => {
    const closed = { ...presence('clean--roskilde'), status: 'closed' as const };
    const [feature] = presencePointData([closed], dataset.clusters, 7).points.features;
    expect(feature?.properties).toMatchObject({ color: CLOSED_COLOR, name: 'CLEAN' });
  });

  it('carries what the style needs: colour, code, status, inferred', () => {
    const fintech = at(7).points.features.find((f) => f.properties.id === 'copenhagen-fintech--copenhagen');
    expect(fintech?.properties).toMatchObject({
      clusterId: 'copenhagen-fintech',
      status: 'established',
      inferred: true,
      code: 'FF',
      businessAreaId: 'finance-fintech',
    });
  });
});
