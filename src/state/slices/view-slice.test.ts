import { beforeEach, describe, expect, it } from 'vitest';
import { VIEWS } from '@/model/view';
import { useAppStore } from '../store';

describe('view slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('starts on the presences and switches between the two views', () => {
    expect(useAppStore.getState().view).toBe('presences');
    for (const view of VIEWS) {
      useAppStore.getState().setView(view);
      expect(useAppStore.getState().view).toBe(view);
    }
  });
});
