import { describe, expect, it } from 'vitest';
import { BASES, EMPTY_FILTERS, FILTER_KEYS, FILTER_VALUES, isActive, tickedValues, TRACKS } from './filters';
import { BUSINESS_AREA_IDS, PRESENCE_STATUSES } from './schema';

describe('the filters', () => {
  it('name every facet once, in display order, and start empty', () => {
    expect(new Set(FILTER_KEYS).size).toBe(FILTER_KEYS.length);
    expect(Object.keys(EMPTY_FILTERS).sort()).toEqual([...FILTER_KEYS].sort());
    for (const key of FILTER_KEYS) expect(EMPTY_FILTERS[key]).toEqual([]);
  });

  it('take their closed vocabularies from the dataset’s, clusters left open', () => {
    expect(FILTER_VALUES.businessAreas).toBe(BUSINESS_AREA_IDS);
    expect(FILTER_VALUES.statuses).toBe(PRESENCE_STATUSES);
    expect(FILTER_VALUES.tracks).toBe(TRACKS);
    expect(FILTER_VALUES.bases).toBe(BASES);
    expect('clusters' in FILTER_VALUES).toBe(false);
  });

  it('are active once any facet holds a value', () => {
    expect(isActive(EMPTY_FILTERS)).toBe(false);
    for (const key of FILTER_KEYS) {
      const one = { ...EMPTY_FILTERS, [key]: ['x'] };
      expect(isActive(one), key).toBe(true);
      expect(tickedValues(one, key)).toEqual(['x']);
    }
  });
});
