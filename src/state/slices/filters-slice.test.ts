import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/model/filters';
import { useAppStore } from '../store';

const filters = () => useAppStore.getState().filters;
const actions = () => useAppStore.getState();

describe('filters slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('starts with no restriction on any facet', () => {
    expect(filters()).toEqual(EMPTY_FILTERS);
  });

  it('ticks a value on and off, leaving the other facets alone', () => {
    actions().setFilterValues('regions', ['1085']);
    actions().toggleFilterValue('statuses', 'planned');
    actions().toggleFilterValue('statuses', 'established');
    expect(filters()).toMatchObject({ statuses: ['planned', 'established'], regions: ['1085'] });
    actions().toggleFilterValue('statuses', 'planned');
    expect(filters()).toMatchObject({ statuses: ['established'], regions: ['1085'] });
  });

  it('replaces every facet at once (a link) and resets to none', () => {
    actions().setFilters({ ...EMPTY_FILTERS, clusters: ['clean'], tracks: ['emerging'] });
    expect(filters()).toMatchObject({ clusters: ['clean'], tracks: ['emerging'], statuses: [] });
    actions().resetFilters();
    expect(filters()).toEqual(EMPTY_FILTERS);
  });

  it('never changes the lists it was given', () => {
    const given = { ...EMPTY_FILTERS, bases: ['stated' as const] };
    actions().setFilters(given);
    actions().toggleFilterValue('bases', 'user');
    expect(given.bases).toEqual(['stated']);
    expect(filters().bases).toEqual(['stated', 'user']);
  });
});
