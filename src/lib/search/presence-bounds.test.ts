import { describe, expect, it } from 'vitest';
import { baseMap, dataset } from '@/testing/filter-fixtures';
import { createPresenceBounds } from './presence-bounds';

const boundsOf = createPresenceBounds(baseMap.municipalities.features);
const byId = (...ids: string[]) => dataset.presences.filter((p) => ids.includes(p.id));

describe('createPresenceBounds', () => {
  it('spans towns by their points', () => {
    expect(boundsOf(byId('odense-robotics--aalborg', 'odense-robotics--soenderborg'))).toEqual([
      9.78917, 54.90896, 9.9187, 57.048,
    ]);
  });

  it('spans an area-level presence by its municipalities', () => {
    const [w, s, e, n] = boundsOf(byId('odense-robotics--femern-baelt-projektet')) ?? [];
    expect(w).toBeGreaterThan(10.8); // Lolland
    expect(e).toBeLessThan(11.9);
    expect(s).toBeGreaterThan(54.5);
    expect(n).toBeLessThan(55.1); // Fejø and Askø belong to Lolland
  });

  it('has no box for nothing, or for an area without shapes', () => {
    expect(boundsOf([])).toBeNull();
    expect(createPresenceBounds([])(byId('clean--sjaelland'))).toBeNull();
  });
});
