import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['odense', 'odense', 0],
    ['odnese', 'odense', 1],
    ['sondreborg', 'sonderborg', 1],
    ['alborg', 'aalborg', 1],
    ['kolding', 'holding', 1],
    ['viborg', 'vejle', 5],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past the budget', () => {
    expect(editDistance('viborg', 'vejle', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
