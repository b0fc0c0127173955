import { describe, expect, it } from 'vitest';
import { shownSubset } from './shown-subset';

const all = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const only = (...ids: string[]) => all.filter((p) => ids.includes(p.id));

describe('shownSubset', () => {
  it('is null when everything is shown', () => {
    expect(shownSubset(all, all)).toBeNull();
  });

  it('lists the shown ids when they are the smaller side', () => {
    expect(shownSubset(all, only('b', 'd'))).toEqual({ ids: ['b', 'd'], hidden: false });
    expect(shownSubset(all, [])).toEqual({ ids: [], hidden: false });
  });

  it('lists the hidden ids when they are the smaller side', () => {
    expect(shownSubset(all, all.slice(0, 4))).toEqual({ ids: ['e'], hidden: true });
    expect(shownSubset(all, only('a', 'c', 'e'))).toEqual({ ids: ['b', 'd'], hidden: true });
  });
});
