import { describe, expect, it } from 'vitest';
import { dataset } from '@/testing/coverage-fixtures';
import type { Presence, UserPresence } from '@/model/schema';
import { aggregatedPointData, aggregation, isImportedPoint, splitTownPresences } from './aggregated-points';
import { MAX_SPREAD } from './marker-layout';

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

  it('imported towns are aggregated, the note’s stay markers; the selected one is a marker', () => {
    const imported = [user(town, 'user--a--1'), user(town, 'user--a--2')];
    const all = [town, area, ...imported];
    expect(aggregation(all)).toBe('imported');
    expect(aggregation([town, area])).toBe('none');
    const split = splitTownPresences(all, null);
    expect(split.markers).toEqual([town]);
    expect(split.aggregated).toEqual(imported);
    const chosen = splitTownPresences(all, 'user--a--2');
    expect(chosen.markers.map((p) => p.id)).toEqual([town.id, 'user--a--2']);
    expect(chosen.aggregated.map((p) => p.id)).toEqual(['user--a--1']);
  });

  it('beyond MAX_SPREAD town presences every one is aggregated but the selected, areas never', () => {
    const many = Array.from({ length: MAX_SPREAD + 1 }, (_, i) => ({ ...town, id: `${town.id}-${i}` }));
    expect(aggregation(many.slice(0, MAX_SPREAD))).toBe('none');
    expect(aggregation([...many, area])).toBe('all');
    const split = splitTownPresences([...many, area], many[7]?.id ?? null);
    expect(split.markers.map((p) => p.id)).toEqual([many[7]?.id]);
    expect(split.aggregated).toHaveLength(MAX_SPREAD);
    expect(split.aggregated).not.toContain(area);
    const data = aggregatedPointData(split.aggregated, dataset.clusters);
    expect(data.features.every((f) => f.properties.user === false)).toBe(true);
  });

  it('stay on their place, however many share it, with what a marker shows', () => {
    const many = Array.from({ length: 400 }, (_, i) => user(town, `user--x--${i}`));
    const data = aggregatedPointData(many, dataset.clusters);
    expect(data.features).toHaveLength(400);
    expect(new Set(data.features.map((f) => f.geometry.coordinates.join()))).toEqual(
      new Set([town.point?.join()]),
    );
    expect(data.features[0]?.properties).toMatchObject({ id: 'user--x--0', user: true });
  });
});
