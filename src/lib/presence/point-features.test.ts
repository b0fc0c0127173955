import { describe, expect, it } from 'vitest';
import { presencePointData } from './point-features';
import { dataset } from '@/testing/presence-fixtures';

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
