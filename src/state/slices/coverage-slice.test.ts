import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

describe('coverage slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('counts established presences by region by default', () => {
    expect(state()).toMatchObject({
      coverageLevel: 'region',
      coverageMetric: 'clusters',
      includeAnnounced: false,
    });
  });

  it('sets level, metric and the announced switch each on its own', () => {
    state().setCoverageLevel('municipality');
    state().setCoverageMetric('distance');
    state().setIncludeAnnounced(true);
    expect(state()).toMatchObject({
      coverageLevel: 'municipality',
      coverageMetric: 'distance',
      includeAnnounced: true,
    });
    state().setCoverageLevel('erhvervshus');
    expect(state()).toMatchObject({ coverageLevel: 'erhvervshus', coverageMetric: 'distance' });
  });
});
