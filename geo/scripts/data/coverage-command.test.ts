import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/data/parse-dataset';
import { parseHistoryText } from '../../../src/data/parse-history';
import { csvRows } from '../../../src/lib/csv/read';
import { COVERAGE_CSV_HEADER } from '../../../src/lib/coverage/csv';
import { coverageCsvFor, loadGeography, loadPopulation, parseCoverageArgs } from './coverage-command';
import { CliArgsError } from './cli-flags';
import { runExport, UsageError } from './export-commands';
import { abs, FILES } from './paths';

const dataset = parseDatasetText(readFileSync(abs(FILES.dataset), 'utf8'));
const history = parseHistoryText(readFileSync(abs(FILES.history), 'utf8'), dataset);
const context = { dataset, history: () => history };
const geography = loadGeography();
const population = loadPopulation();
// The header's words are pinned in src/lib/coverage/csv.test.ts.
const HEADER = [...COVERAGE_CSV_HEADER];

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
    expect(() => parseCoverageArgs(['--by', 'region', '--x'])).toThrow(CliArgsError);
    expect(() => parseCoverageArgs(['--by', 'region', '--statuses', 'open'])).toThrow(
      /unknown status "open"/,
    );
  });
});

describe('coverage CSV', () => {
  it.each(['region', 'erhvervshus', 'municipality'] as const)(
    'by %s: header, one row per area, counts match ids, residents sum to 5,867,318',
    (by) => {
      const rows = parse(coverageCsvFor(dataset, geography, population, { by, statuses: ['established'] }));
      expect(rows[0]).toEqual(HEADER);
      expect(rows).toHaveLength(1 + geography.units[by].length);
      for (const [, , count, ids, inferred, inferredIds, residents, within25, within50] of rows.slice(1)) {
        expect(Number(count)).toBe(ids ? ids.split(';').length : 0);
        expect(Number(inferred)).toBe(inferredIds ? inferredIds.split(';').length : 0);
        for (const id of inferredIds ? inferredIds.split(';') : []) expect(ids?.split(';')).toContain(id);
        expect(Number(within25)).toBeLessThanOrEqual(Number(within50));
        expect(Number(within50)).toBeLessThanOrEqual(Number(residents));
      }
      expect(rows.slice(1).reduce((sum, r) => sum + Number(r[6]), 0)).toBe(5_867_318);
    },
  );

  it('counts residents within reach the same at every level', () => {
    const total = (by: 'region' | 'erhvervshus' | 'municipality', column: number) =>
      parse(coverageCsvFor(dataset, geography, population, { by, statuses: ['established'] }))
        .slice(1)
        .reduce((sum, r) => sum + Number(r[column]), 0);
    for (const column of [7, 8]) {
      expect(total('region', column)).toBe(total('municipality', column));
      expect(total('erhvervshus', column)).toBe(total('municipality', column));
    }
  });

  it("answers the note's question: Region Sjælland has 2 established, 6 with announced", () => {
    const sj = (statuses: Parameters<typeof coverageCsvFor>[3]['statuses']) =>
      parse(coverageCsvFor(dataset, geography, population, { by: 'region', statuses })).find(
        (r) => r[0] === '1085',
      );
    expect(sj(['established'])?.slice(0, 7)).toEqual([
      '1085',
      'Region Sjælland',
      '2',
      'clean;we-build-denmark',
      '0',
      '',
      '842681',
    ]);
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
    expect(result.stdout.split('\r\n')[0]).toBe(HEADER.join(';'));
    expect(result.stdout).toContain(
      'sjaelland;Erhvervshus Sjælland;3;"clean;food-bio-cluster-denmark;we-build-denmark";0;;842681;',
    );
  });

  it('reports bad arguments on stderr with a non-zero exit and nothing on stdout', () => {
    const result = run('--by', 'county');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^export: coverage: --by must be one of/);
  });
});
