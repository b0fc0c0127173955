import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/data/parse-dataset';
import { csvRows } from '../../../src/lib/csv/read';
import { coverageCsvFor, CoverageArgsError, loadGeography, parseCoverageArgs } from './coverage-command';
import { runExport, UsageError } from './export-commands';
import { abs, FILES } from './paths';

const dataset = parseDatasetText(readFileSync(abs(FILES.dataset), 'utf8'));
const geography = loadGeography();

describe('parseCoverageArgs', () => {
  it('reads --by and --statuses in both spellings, established by default', () => {
    expect(parseCoverageArgs(['--by', 'region'])).toEqual({ by: 'region', statuses: ['established'] });
    expect(parseCoverageArgs(['--by=erhvervshus', '--statuses=planned,opening'])).toEqual({
      by: 'erhvervshus',
      statuses: ['opening', 'planned'],
    });
  });

  it('rejects missing, unknown and repeated arguments', () => {
    expect(() => parseCoverageArgs([])).toThrow(/--by is required/);
    expect(() => parseCoverageArgs(['--by', 'county'])).toThrow(/--by must be one of/);
    expect(() => parseCoverageArgs(['--by'])).toThrow(/needs a value/);
    expect(() => parseCoverageArgs(['--by', '--statuses', 'x'])).toThrow(/needs a value/);
    expect(() => parseCoverageArgs(['--by', 'region', '--by', 'region'])).toThrow(/twice/);
    expect(() => parseCoverageArgs(['--by', 'region', '--x'])).toThrow(CoverageArgsError);
    expect(() => parseCoverageArgs(['--by', 'region', '--statuses', 'open'])).toThrow(
      /unknown status "open"/,
    );
  });
});

describe('coverage CSV', () => {
  it.each(['region', 'erhvervshus', 'municipality'] as const)(
    'by %s: header, one row per area, counts match ids',
    (by) => {
      const rows = csvRows(coverageCsvFor(dataset, geography, { by, statuses: ['established'] }));
      expect(rows[0]).toEqual(['area_code', 'area_name', 'clusters_present', 'cluster_ids']);
      expect(rows).toHaveLength(1 + geography.units[by].length);
      for (const [, , count, ids] of rows.slice(1)) {
        expect(Number(count)).toBe(ids ? ids.split(';').length : 0);
      }
    },
  );

  it("answers the note's question: Region Sjælland has 2 established, 6 with announced", () => {
    const sj = (statuses: Parameters<typeof coverageCsvFor>[2]['statuses']) =>
      csvRows(coverageCsvFor(dataset, geography, { by: 'region', statuses })).find((r) => r[0] === '1085');
    expect(sj(['established'])).toEqual(['1085', 'Region Sjælland', '2', 'clean;we-build-denmark']);
    expect(sj(['established', 'opening', 'in-progress', 'planned', 'considering'])?.[2]).toBe('6');
  });

  it('is wired into the export table, turning bad arguments into usage errors', () => {
    expect(runExport(['coverage', '--by', 'region'], dataset)).toMatch(/^area_code;area_name;/);
    expect(() => runExport(['coverage'], dataset)).toThrow(UsageError);
  });
});

describe('coverage CLI process', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', abs('geo/scripts/export.ts'), 'coverage', ...args], {
      encoding: 'utf8',
    });

  it('prints only CSV on stdout', () => {
    const result = run('--by', 'erhvervshus', '--statuses', 'established,opening');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\r\n')[0]).toBe('area_code;area_name;clusters_present;cluster_ids');
    expect(result.stdout).toContain(
      'sjaelland;Erhvervshus Sjælland;3;"clean;food-bio-cluster-denmark;we-build-denmark"\r\n',
    );
  });

  it('reports bad arguments on stderr with a non-zero exit and nothing on stdout', () => {
    const result = run('--by', 'county');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^export: coverage: --by must be one of/);
  });
});
