import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

describe('camera slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('holds the settled camera, null until the map has moved', () => {
    expect(state().camera).toBeNull();
    state().setCamera({ longitude: 10.2, latitude: 56.1, zoom: 8 });
    expect(state().camera).toEqual({ longitude: 10.2, latitude: 56.1, zoom: 8 });
  });

  it('posts a focus request the map answers; asking again for the same place is a new request', () => {
    state().requestFocus({ kind: 'bounds', bounds: [8, 54.5, 15.2, 57.8] });
    const first = state().focusRequest;
    expect(first).toMatchObject({ kind: 'bounds', bounds: [8, 54.5, 15.2, 57.8] });
    state().requestFocus({ kind: 'bounds', bounds: [8, 54.5, 15.2, 57.8] });
    expect(state().focusRequest?.nonce).not.toBe(first?.nonce);
  });
});
