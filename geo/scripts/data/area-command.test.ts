import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/data/parse-dataset';
import { parseHistoryText } from '../../../src/data/parse-history';
import { areaJsonFor, resolveArea } from './area-command';
import { CliArgsError } from './cli-flags';
import { loadGeography, loadPopulation } from './coverage-command';
import { runExport, UsageError } from './export-commands';
import { abs, FILES } from './paths';

const dataset = parseDatasetText(readFileSync(abs(FILES.dataset), 'utf8'));
const history = parseHistoryText(readFileSync(abs(FILES.history), 'utf8'), dataset);
const context = { dataset, history: () => history };
const geography = loadGeography();
const population = loadPopulation();
const area = (...args: string[]) => areaJsonFor(dataset, geography, population, args);

describe('resolveArea', () => {
  it.each([
    ['region:1085', 'region', '1085'],
    ['1085', 'region', '1085'],
    ['0360', 'municipality', '0360'],
    ['sjaelland', 'erhvervshus', 'sjaelland'],
    ['Lolland', 'municipality', '0360'],
    ['Region Zealand', 'region', '1085'],
    ['funen:fyn', 'funen', 'fyn'],
  ])('reads %s', (word, level, code) => {
    expect(resolveArea(word, geography)).toMatchObject({ level, code });
  });

  it('refuses an unknown or ambiguous area, saying what would do', () => {
    expect(() => resolveArea('fyn', geography)).toThrow(/ambiguous: erhvervshus:fyn, funen:fyn/);
    expect(() => resolveArea('municipality:0411', geography)).toThrow(/no area municipality:0411/);
    expect(() => resolveArea('Atlantis', geography)).toThrow(/unknown area "Atlantis" \(use kind:code/);
  });
});

describe('export -- area', () => {
  it("prints Region Sjælland's profile: 842,681 residents, CLEAN and We Build established, 12 absent", () => {
    const json = area('region:1085');
    expect(json.residents).toBe(842_681);
    expect(json.shareOfDenmarkPercent).toBe(14.4);
    expect(json.source).toBe('Kilde: Danmarks Statistik, FOLK1AM');
    expect(json.present.established.map((p) => p.cluster)).toEqual(['CLEAN', 'We Build Denmark']);
    expect(json.present.announced.map((p) => p.presenceId)).toEqual([
      'food-bio-cluster-denmark--slagelse',
      'digitallead--ruc',
    ]);
    expect(json.present.areaLevel).toHaveLength(5);
    expect(json.absent).toHaveLength(12);
    const fintech = json.absent.find((a) => a.clusterId === 'copenhagen-fintech');
    expect(fintech?.nearest).toMatchObject({ presences: [{ place: 'Copenhagen' }] });
    expect(json.ranks?.peers).toBe(5);
  });

  it('follows --statuses and --business-areas as the panel follows its switch and filters', () => {
    const announced = area('1085', '--statuses', 'established,opening,in-progress,planned,considering');
    expect(announced.residentsWithin.km25).toBe(842_681);
    const construction = area('1085', '--business-areas', 'construction');
    expect(construction.counting.clusterIds).toEqual(['we-build-denmark']);
    expect(construction.residentsWithinAnyCluster).not.toBeNull();
    expect(() => area('1085', '--statuses', 'established,opening')).toThrow(CliArgsError);
    expect(() => area('1085', '--business-areas', 'mining')).toThrow(/unknown "mining"/);
    expect(() => area()).toThrow(/which area/);
    expect(() => area('1085', '1084')).toThrow(/unknown argument "1084"/);
  });

  it('is wired into the export table', () => {
    expect(() => runExport(['area', 'nowhere'], context)).toThrow(UsageError);
    expect(runExport(['area', '0400'], context)).toMatchObject({
      area: { name: 'Bornholm' },
      residents: 39_610,
    });
  });
});

describe('export -- area as a process', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', abs('geo/scripts/export.ts'), 'area', ...args], {
      encoding: 'utf8',
    });

  // A process with tsx takes a few seconds on a busy machine.
  it('prints JSON on stdout', { timeout: 30_000 }, () => {
    const ok = run('municipality:0360');
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout)).toMatchObject({ area: { name: 'Lolland' }, residents: 40_241 });
  });

  it('reports a bad area on stderr with exit 2 and nothing on stdout', { timeout: 30_000 }, () => {
    const bad = run('fyn');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^export: area: "fyn" is ambiguous/);
  });
});
