import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from './synthetic-dataset';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8'));

describe('syntheticDataset', () => {
  const real = read('data/dataset.json');
  const topo = read('geo/denmark.topo.json');

  it('makes the requested number of valid presences, deterministically', () => {
    const a = syntheticDataset(real, topo, 500, 7);
    const b = syntheticDataset(real, topo, 500, 7);
    expect(a.presences).toHaveLength(500);
    expect(a).toEqual(b);
    expect(new Set(a.presences.map((p) => p.region?.code)).size).toBe(5);
  });
});
