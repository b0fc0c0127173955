import { describe, expect, it } from 'vitest';
import { baseMap, dataset } from '@/testing/filter-fixtures';
import { buildSearchEntries } from './search-entries';
import { createSearchIndex, search } from './search-index';

const entries = buildSearchEntries(dataset.clusters, dataset.presences, baseMap);
const index = createSearchIndex(entries);
const ids = (query: string, limit?: number) => search(index, query, limit).map((h) => h.entry.id);
const first = (query: string) => ids(query)[0];
const entry = (id: string) => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('search entries', () => {
  it('cover 14 clusters, every presence place, 98 municipalities, 5 regions, 6 erhvervshus areas, Fyn and Jylland', () => {
    const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
    expect(count('cluster')).toBe(14);
    expect(count('municipality')).toBe(98);
    expect(count('region')).toBe(5);
    expect(count('erhvervshus')).toBe(6);
    expect(entries.filter((e) => e.kind === 'area').map((e) => e.label.da)).toEqual(['Fyn', 'Jylland']);
    const placed = entries.flatMap((e) => (e.target.kind === 'presences' ? e.target.presences : []));
    expect(placed.map((p) => p.id).sort()).toEqual(dataset.presences.map((p) => p.id).sort());
  });

  it('joins presences at one location into one place', () => {
    const kbh = entries.find((e) => e.kind === 'place' && e.label.da.includes('København'));
    expect(kbh?.label.da).toBe('Copenhagen / København');
    expect(kbh?.clusterIds).toEqual(['copenhagen-fintech', 'odense-robotics', 'vision-denmark']);
  });

  it('gives areas their bounds: Bornholm far east, Jylland without Funen or Zealand', () => {
    const bornholm = entry('municipality:0400').target;
    expect(bornholm.bounds?.[0]).toBeGreaterThan(14.6);
    const jylland = entry('area:jylland').target.bounds;
    expect(jylland?.[0]).toBeLessThan(8.2);
    expect(jylland?.[2]).toBeLessThan(11.8);
    expect(jylland?.[3]).toBeGreaterThan(57.7);
  });

  it('fits a cluster to its presences and leaves a cluster without any unplaced', () => {
    const vision = entry('cluster:vision-denmark').target.bounds;
    expect(vision?.[0]).toBeCloseTo(9.40201, 3); // Viborg is the westernmost
    expect(entry('cluster:energy-cluster-denmark').target.bounds).toBeNull();
  });
});

describe('search', () => {
  it('finds Sønderborg however it is typed', () => {
    for (const q of ['Sonderborg', 'Soenderborg', 'Sønderborg', 'sønderb', 'Sondreborg']) {
      expect(ids(q).slice(0, 2), q).toEqual(['place:point:9.78917,54.90896', 'municipality:0540']);
    }
  });

  it('knows the English names', () => {
    expect(ids('Copenhagen')).toEqual(
      expect.arrayContaining([
        'place:point:12.56553,55.67594',
        'municipality:0101',
        'cluster:copenhagen-fintech',
      ]),
    );
    expect(ids('Zealand')).toEqual(expect.arrayContaining(['region:1085', 'erhvervshus:sjaelland']));
    expect(first('Funen')).toBe('place:area:funen:fyn');
    expect(ids('Funen')).toEqual(expect.arrayContaining(['area:fyn', 'erhvervshus:fyn']));
    expect(ids('Jutland')).toContain('area:jylland');
    expect(ids('Elsinore')).toEqual(['municipality:0217']);
  });

  it('treats Aarhus and Århus as one', () => {
    expect(ids('Aarhus')).toEqual(ids('Århus'));
    expect(first('Aarhus')).toBe('place:point:10.21076,56.15674');
  });

  it('reads "Sjælland" as Region Sjælland and finds the presences there', () => {
    const hits = ids('Sjælland');
    expect(hits[0]).toBe('place:area:region:1085');
    expect(hits).toEqual(expect.arrayContaining(['region:1085', 'erhvervshus:sjaelland']));
    expect(ids('Sjalland')).toContain('region:1085');
  });

  it('finds clusters by name, short name and business area, in either language', () => {
    expect(first('MARLOG')).toBe('cluster:marlog');
    expect(first('Energiteknologi')).toBe('cluster:energy-cluster-denmark');
    expect(first('fintech')).toBe('cluster:copenhagen-fintech');
    expect(first('robot')).toBe('cluster:odense-robotics');
    expect(first('Sound technology')).toBe('cluster:danish-sound-cluster');
  });

  it('finds places the note names through institutions and projects', () => {
    expect(first('RUC')).toBe('place:point:12.08035,55.64152');
    expect(ids('Roskilde')).toContain('place:point:12.08035,55.64152');
    expect(ids('Lolland')).toContain('place:area:municipality:0360');
    expect(ids('Fehmarn')).toContain('place:area:municipality:0360');
  });

  it('returns nothing for nonsense and for blank input, and respects the limit', () => {
    expect(ids('qwxz')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('a', 3)).toHaveLength(3);
  });
});
