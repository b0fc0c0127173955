import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store';

describe('sources slice', () => {
  it('starts with the note alone at the note’s date, no comparison', () => {
    const s = useAppStore.getState();
    expect([s.sourceMode, s.asOf, s.changesSince]).toEqual(['note', '2021-11-30', null]);
  });

  it('opens a comparison with every source, and the note alone closes it, keeping the date', () => {
    const s = useAppStore.getState();
    s.setAsOf('2022-06-01');
    s.openChanges('2020-10-31');
    expect(useAppStore.getState()).toMatchObject({ sourceMode: 'all', changesSince: '2020-10-31' });
    s.setSourceMode('note');
    expect(useAppStore.getState()).toMatchObject({
      sourceMode: 'note',
      changesSince: null,
      asOf: '2022-06-01',
    });
    s.setSourceMode('all');
    expect(useAppStore.getState().changesSince).toBeNull();
    s.openChanges('2021-01-31');
    s.closeChanges();
    expect(useAppStore.getState()).toMatchObject({ sourceMode: 'all', changesSince: null });
  });
});
