import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/data/parse-dataset';
import { parseHistoryText } from '../../../src/data/parse-history';
import { csvRows } from '../../../src/lib/csv/read';
import { COVERAGE_CSV_HEADER } from '../../../src/lib/coverage/csv';
import { coverageCsvFor, CoverageArgsError, loadGeography, parseCoverageArgs } from './coverage-command';
import { runExport, UsageError } from './export-commands';
import { abs, FILES } from './paths';

const dataset = parseDatasetText(readFileSync(abs(FILES.dataset), 'utf8'));
const history = parseHistoryText(readFileSync(abs(FILES.history), 'utf8'), dataset);
const context = { dataset, history: () => history };
const geography = loadGeography();

/** The project's one CSV reader (src/lib/csv/read.ts), which keeps empty last fields. */
const parse = csvRows;

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
      const rows = parse(coverageCsvFor(dataset, geography, { by, statuses: ['established'] }));
      expect(rows[0]).toEqual([...COVERAGE_CSV_HEADER]);
      expect(rows).toHaveLength(1 + geography.units[by].length);
      for (const [, , count, ids, inferred, inferredIds] of rows.slice(1)) {
        expect(Number(count)).toBe(ids ? ids.split(';').length : 0);
        expect(Number(inferred)).toBe(inferredIds ? inferredIds.split(';').length : 0);
        for (const id of inferredIds ? inferredIds.split(';') : []) expect(ids?.split(';')).toContain(id);
      }
    },
  );

  it("answers the note's question: Region Sjælland has 2 established, 6 with announced", () => {
    const sj = (statuses: Parameters<typeof coverageCsvFor>[2]['statuses']) =>
      parse(coverageCsvFor(dataset, geography, { by: 'region', statuses })).find((r) => r[0] === '1085');
    expect(sj(['established'])).toEqual(['1085', 'Region Sjælland', '2', 'clean;we-build-denmark', '0', '']);
    expect(sj(['established', 'opening', 'in-progress', 'planned', 'considering'])?.[2]).toBe('6');
  });

  it('is wired into the export table, turning bad arguments into usage errors', () => {
    expect(runExport(['coverage', '--by', 'region'], context)).toMatch(/^area_code;area_name;/);
    expect(() => runExport(['coverage'], context)).toThrow(UsageError);
    expect(() => runExport(['coverage', '--by', 'region', '--as-of', '2021-12-31'], context)).toThrow(
      /coverage: --as-of needs --sources all/,
    );
  });

  it('counts what every source places, and never a closed presence', () => {
    const byRegion = (...args: string[]) =>
      parse(runExport(['coverage', '--by', 'region', ...args], context) as string);
    const note = byRegion();
    expect(byRegion('--sources', 'note')).toEqual(note);
    const midt = (rows: string[][]) => rows.find((r) => r[0] === '1082');
    expect(midt(note)?.slice(2, 4)).toEqual(['1', 'odense-robotics']);
    // Public sources of 2020–2021 put the head offices of Food & Bio and Lifestyle & Design in Midtjylland.
    const all2021 = byRegion('--sources', 'all', '--as-of', '2021-12-31');
    expect(midt(all2021)?.[3]?.split(';')).toEqual(
      expect.arrayContaining([
        'food-bio-cluster-denmark',
        'lifestyle-design-cluster',
        'danish-life-science-cluster',
      ]),
    );
    const announced = ['--statuses', 'established,opening,in-progress,planned,considering'];
    const withPlans = byRegion('--sources', 'all', '--as-of', '2021-12-31', ...announced);
    expect(midt(withPlans)?.[3]?.split(';')).toEqual(
      expect.arrayContaining(['digitallead', 'danish-sound-cluster']),
    );
    const marlogAt = (asOf: string) =>
      byRegion('--sources', 'all', '--as-of', asOf, ...announced).some((r) => r[3]?.includes('marlog'));
    expect(marlogAt('2021-12-31')).toBe(true);
    expect(marlogAt('2022-06-01')).toBe(false);
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
    expect(result.stdout.split('\r\n')[0]).toBe(
      'area_code;area_name;clusters_present;cluster_ids;clusters_inferred;inferred_cluster_ids',
    );
    expect(result.stdout).toContain(
      'sjaelland;Erhvervshus Sjælland;3;"clean;food-bio-cluster-denmark;we-build-denmark";0;\r\n',
    );
  });

  it('reports bad arguments on stderr with a non-zero exit and nothing on stdout', () => {
    const result = run('--by', 'county');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^export: coverage: --by must be one of/);
  });
});
