import { describe, expect, it } from 'vitest';
import { rankAmong } from './ranks';

describe('rankAmong', () => {
  const peers = ['a', 'b', 'c', 'd', 'e'];
  const values: Record<string, number | null> = { a: 3, b: 5, c: 3, d: 1, e: null };
  const rank = (id: string) => rankAmong(peers, id, (p) => values[p] ?? null);

  it('puts the highest first and shares a place between equals', () => {
    expect(rank('b')).toEqual({ position: 1, of: 5, tied: false });
    expect(rank('a')).toEqual({ position: 2, of: 5, tied: true });
    expect(rank('c')).toEqual({ position: 2, of: 5, tied: true });
    expect(rank('d')).toEqual({ position: 4, of: 5, tied: false });
  });

  it('puts a peer without a value last', () => {
    expect(rank('e')).toEqual({ position: 5, of: 5, tied: false });
  });
});
