import { describe, expect, it } from 'vitest';
import { nextRovingIndex } from './roving';

describe('nextRovingIndex', () => {
  it('moves with the arrows and stops at the ends', () => {
    expect(nextRovingIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextRovingIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextRovingIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextRovingIndex('End', 0, 3)).toBe(2);
    expect(nextRovingIndex('Home', 2, 3)).toBe(0);
  });
  it('leaves other keys to the browser', () => {
    expect(nextRovingIndex('Enter', 0, 3)).toBeNull();
    expect(nextRovingIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
