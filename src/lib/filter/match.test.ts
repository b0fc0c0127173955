import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_FILTERS, FILTER_KEYS, FILTER_VALUES, type Filters } from '@/model/filters';
import { facetPresences } from './faceted-presences';
import { facetCounts, filterFaceted, matchesSelection } from './match';
import { dataset, municipalityLookup } from '@/testing/filter-fixtures';

const items = facetPresences(dataset.presences, dataset.clusters, municipalityLookup);
const ids = (selection: Partial<Filters>) =>
  filterFaceted(items, { ...EMPTY_FILTERS, ...selection })
    .map((p) => p.id)
    .sort();

describe('filterFaceted', () => {
  it('lets everything through with no selection', () => {
    expect(ids({})).toHaveLength(dataset.presences.length);
  });

  it('answers "which robotics or digital clusters are present in Region Sjælland?"', () => {
    expect(
      ids({ businessAreas: ['robot-drone-technology', 'digital-technologies'], regions: ['1085'] }),
    ).toEqual([
      'digitallead--ruc',
      'digitallead--sjaelland',
      'odense-robotics--femern-baelt-projektet',
      'odense-robotics--sjaelland',
    ]);
  });

  it('ORs values within a facet and ANDs facets', () => {
    const either = ids({ statuses: ['opening', 'considering'] });
    expect(either).toEqual([
      'food-bio-cluster-denmark--slagelse',
      'odense-robotics--femern-baelt-projektet',
      'odense-robotics--sjaelland',
    ]);
    expect(ids({ statuses: ['opening', 'considering'], clusters: ['odense-robotics'] })).toEqual([
      'odense-robotics--femern-baelt-projektet',
      'odense-robotics--sjaelland',
    ]);
  });

  it('finds "på Fyn" under Erhvervshus Fyn and Erhvervshus Sydjylland', () => {
    expect(ids({ erhvervshus: ['fyn'] })).toContain('vision-denmark--fyn');
    expect(ids({ erhvervshus: ['sydjylland'] })).toContain('vision-denmark--fyn');
    expect(ids({ erhvervshus: ['midtjylland'] })).not.toContain('vision-denmark--fyn');
  });

  it('filters by track and basis', () => {
    expect(ids({ bases: ['inferred'] })).toEqual([
      'copenhagen-fintech--copenhagen',
      'odense-robotics--odense',
    ]);
    const emerging = ids({ tracks: ['emerging'] });
    expect(emerging.every((id) => id.startsWith('odense-robotics') || id.startsWith('vision-denmark'))).toBe(
      true,
    );
  });
});

describe('facetCounts', () => {
  it('counts each facet with the other facets applied but not its own', () => {
    const selection = {
      ...EMPTY_FILTERS,
      regions: ['1085'] as const,
      businessAreas: ['food-and-bioresources' as const],
    };
    const counts = facetCounts(items, selection);
    // Business areas inside Region Sjælland (region applies, business area does not).
    expect(counts.businessAreas.get('food-and-bioresources')).toBe(1);
    expect(counts.businessAreas.get('robot-drone-technology')).toBe(2);
    expect(counts.businessAreas.get('environmental-technology')).toBe(2);
    expect(counts.businessAreas.has('energy-technology')).toBe(false);
    // Regions for food and bio (its own region selection ignored): Vojens and Slagelse.
    expect(counts.regions.get('1083')).toBe(1);
    expect(counts.regions.get('1085')).toBe(1);
    // Other facets get both.
    expect(counts.statuses.get('opening')).toBe(1);
    expect(counts.statuses.has('established')).toBe(false);
  });

  it('counts a presence in every area it reaches', () => {
    const counts = facetCounts(items, EMPTY_FILTERS);
    const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(counts.statuses)).toBe(dataset.presences.length);
    // "på Fyn" counts under both Fyn and Sydjylland.
    expect(total(counts.erhvervshus)).toBe(dataset.presences.length + 1);
  });

  it('counts an item once under a value it carries twice', () => {
    const [first] = items;
    if (!first) throw new Error('no items');
    const twice = { ...first, values: { ...first.values, regions: ['1085', '1085', '1083'] as const } };
    const counts = facetCounts([twice], EMPTY_FILTERS);
    expect(counts.regions.get('1085')).toBe(1);
    expect(counts.regions.get('1083')).toBe(1);
  });

  const selectionArb = fc.record({
    businessAreas: fc.subarray([...FILTER_VALUES.businessAreas]),
    clusters: fc.subarray(dataset.clusters.map((c) => c.id)),
    statuses: fc.subarray([...FILTER_VALUES.statuses]),
    regions: fc.subarray([...FILTER_VALUES.regions]),
    erhvervshus: fc.subarray([...FILTER_VALUES.erhvervshus]),
    tracks: fc.subarray([...FILTER_VALUES.tracks]),
    bases: fc.subarray([...FILTER_VALUES.bases]),
  });

  it('agrees with filtering: a value’s count is what ticking only it in its facet would show', () => {
    fc.assert(
      fc.property(selectionArb, fc.constantFrom(...FILTER_KEYS), (selection, key) => {
        const counts = facetCounts(items, selection) as Record<string, ReadonlyMap<string, number>>;
        for (const [value, count] of counts[key] ?? new Map()) {
          const only = { ...selection, [key]: [value] } as Filters;
          expect(items.filter((i) => matchesSelection(i.values, only)).length).toBe(count);
        }
      }),
      { numRuns: 200 },
    );
  });
});
