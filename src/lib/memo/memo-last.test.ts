import { describe, expect, it } from 'vitest';
import { memoLast, memoPerInput, sameInputs } from './memo-last';

describe('sameInputs', () => {
  it('compares arrays item by item and anything else by identity', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameInputs([[a, b], 7, 'x'], [[a, b], 7, 'x'])).toBe(true);
    expect(sameInputs([[a, b]], [[b, a]])).toBe(false);
    expect(sameInputs([[a]], [[a, b]])).toBe(false);
    expect(sameInputs([{ id: 'a' }], [{ id: 'a' }])).toBe(false);
    expect(sameInputs([1, 2], [1])).toBe(false);
  });
});

describe('memoLast', () => {
  it('returns the same result object while the inputs are the same, and recomputes when they change', () => {
    let calls = 0;
    const build = memoLast((items: { id: string }[], zoom: number) => {
      calls++;
      return { ids: items.map((i) => i.id), zoom };
    });
    const [a, b] = [{ id: 'a' }, { id: 'b' }];
    const first = build([a, b], 6);
    // A new array with the same items, as a filter returns it: no new object.
    expect(
      build(
        [a, b].filter(() => true),
        6,
      ),
    ).toBe(first);
    expect(calls).toBe(1);
    const zoomed = build([a, b], 7);
    expect(zoomed).not.toBe(first);
    expect(build([a], 7)).toEqual({ ids: ['a'], zoom: 7 });
    // Only the last inputs are remembered.
    expect(build([a, b], 6)).not.toBe(first);
    expect(calls).toBe(4);
  });

  it('treats a changed item with the same id as a change (an import may replace a presence)', () => {
    const build = memoLast((items: { id: string; status: string }[]) => items.map((i) => i.status));
    const before = build([{ id: 'a', status: 'planned' }]);
    expect(build([{ id: 'a', status: 'established' }])).not.toBe(before);
  });
});

describe('memoPerInput', () => {
  it('keeps a result per first argument, so returning to an earlier one recomputes nothing', () => {
    let calls = 0;
    const count = memoPerInput((items: readonly number[], min: number) => {
      calls++;
      return { n: items.filter((i) => i >= min).length };
    });
    const all = [1, 2, 3];
    const first = count(all, 2);
    expect(count([3], 2)).toEqual({ n: 1 });
    expect(count(all, 2)).toBe(first);
    expect(calls).toBe(2);
    // The other arguments count too: a new one is a new result, remembered in place of the old.
    expect(count(all, 1)).toEqual({ n: 3 });
    expect(count(all, 2)).not.toBe(first);
    expect(calls).toBe(4);
  });
});
