import { describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/import/import-file';
import { context, dataset, gazetteerFile } from '../../src/testing/import-fixtures';
import { syntheticRegisterCsv, syntheticRegisterRows, unambiguousTowns } from './synthetic-register';

const names = { clusters: dataset.clusters, places: gazetteerFile.places, aliases: gazetteerFile.aliases };

describe('the synthetic member register', () => {
  it('names only towns the gazetteer knows once', () => {
    const towns = unambiguousTowns(names);
    expect(towns.length).toBeGreaterThan(250);
    expect(towns).toContain('Aalborg');
    expect(towns).not.toContain('Ejby'); // three towns are called Ejby
  });

  it('is the same for the same seed, and spread over many towns with a few large ones', () => {
    const rows = syntheticRegisterRows(names, 2000, 3);
    expect(syntheticRegisterRows(names, 2000, 3)).toEqual(rows);
    expect(syntheticRegisterRows(names, 2000, 4)).not.toEqual(rows);
    const perTown = new Map<string, number>();
    for (const [, town] of rows.slice(1)) perTown.set(town as string, (perTown.get(town as string) ?? 0) + 1);
    const counts = [...perTown.values()].sort((a, b) => b - a);
    expect(perTown.size).toBeGreaterThan(150);
    expect(counts[0]).toBeGreaterThan(10 * (counts[counts.length - 1] as number));
  });

  it('imports without a single problem: every row becomes a presence', () => {
    const result = importText('medlemmer.csv', syntheticRegisterCsv(names, 3000), context);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.report.problems).toEqual([]);
    expect(result.report.presences).toHaveLength(3000);
    expect(new Set(result.report.presences.map((p) => p.id)).size).toBe(3000);
  });
});
