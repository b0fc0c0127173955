import { describe, expect, it } from 'vitest';
import { dataset } from '@/testing/coverage-fixtures';
import type { Presence, UserPresence } from '@/model/schema';
import { importedPointData, isImportedPoint } from './imported-points';

describe('imported points', () => {
  const [town] = dataset.presences.filter((p) => p.point);
  const [area] = dataset.presences.filter((p) => !p.point);
  if (!town || !area) throw new Error('fixture');
  const user = (p: Presence, id: string): UserPresence =>
    ({ ...p, id, basis: { type: 'user', source: 'x' }, quote: '' }) as UserPresence;

  it('are the analyst’s town presences only: areas and the note’s are drawn as before', () => {
    expect(isImportedPoint(user(town, 'user--a--b'))).toBe(true);
    expect(isImportedPoint(user(area, 'user--a--c'))).toBe(false);
    expect(isImportedPoint(town)).toBe(false);
  });

  it('stay on their place, however many share it, with what a marker shows', () => {
    const many = Array.from({ length: 400 }, (_, i) => user(town, `user--x--${i}`));
    const data = importedPointData(many, dataset.clusters);
    expect(data.features).toHaveLength(400);
    expect(new Set(data.features.map((f) => f.geometry.coordinates.join()))).toEqual(
      new Set([town.point?.join()]),
    );
    expect(data.features[0]?.properties).toMatchObject({ id: 'user--x--0', user: true });
  });
});
