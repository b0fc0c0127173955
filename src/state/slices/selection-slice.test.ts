import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

describe('selection slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('starts at the overview: no cluster, no presence', () => {
    expect(state()).toMatchObject({ selectedClusterId: null, selectedPresenceId: null });
  });

  it('a presence selects its cluster too; choosing a cluster drops the presence', () => {
    state().selectPresence('clean--roskilde', 'clean');
    expect(state()).toMatchObject({ selectedClusterId: 'clean', selectedPresenceId: 'clean--roskilde' });
    state().selectCluster('made');
    expect(state()).toMatchObject({ selectedClusterId: 'made', selectedPresenceId: null });
  });

  it('clearing goes back to the overview', () => {
    state().selectPresence('clean--roskilde', 'clean');
    state().clearSelection();
    expect(state()).toMatchObject({ selectedClusterId: null, selectedPresenceId: null });
  });
});
