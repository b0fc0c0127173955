import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

describe('ui slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('opens one sheet at a time and closes it', () => {
    expect(state().drawer).toBeNull();
    state().openDrawer('filters');
    state().openDrawer('details');
    expect(state().drawer).toBe('details');
    state().closeDrawer();
    expect(state().drawer).toBeNull();
  });

  it('keeps the border level and the map status', () => {
    expect(state()).toMatchObject({ borderLevel: 'region', mapStatus: { kind: 'loading' } });
    state().setBorderLevel('erhvervshus');
    state().setMapStatus({ kind: 'unavailable', message: 'no WebGL' });
    expect(state()).toMatchObject({
      borderLevel: 'erhvervshus',
      mapStatus: { kind: 'unavailable', message: 'no WebGL' },
    });
  });
});
