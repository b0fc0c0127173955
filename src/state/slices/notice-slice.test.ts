import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

describe('notice slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('queues notices with ids of their own and dismisses one by its id', () => {
    state().pushNotice({ key: 'url:dropped', values: { items: 'x=1' } });
    state().pushNotice({ key: 'url:dropped', values: { items: 'y=2' } });
    const [first, second] = state().notices;
    expect(first?.id).not.toBe(second?.id);
    state().dismissNotice(first?.id ?? -1);
    expect(state().notices).toEqual([second]);
  });
});
