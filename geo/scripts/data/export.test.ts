import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/data/parse-dataset';
import { EXPORT_COMMANDS, runExport, usage, UsageError } from './export-commands';
import { presencesToGeoJson } from './export-presences';
import { abs, FILES } from './paths';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const dataset = parseDatasetText(readFileSync(abs(FILES.dataset), 'utf8'));

describe('export presences', () => {
  const fc = presencesToGeoJson(dataset);

  it('is a FeatureCollection with one feature per presence and the required properties', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(dataset.presences.length);
    const required = [
      'id',
      'clusterId',
      'cluster',
      'businessArea',
      'place',
      'status',
      'kind',
      'precision',
      'basis',
    ];
    for (const f of fc.features) {
      for (const key of [...required, 'municipality', 'region', 'erhvervshus', 'quote'])
        expect(f.properties).toHaveProperty(key);
      for (const key of required) expect(f.properties[key as keyof typeof f.properties], key).toBeTruthy();
    }
  });

  it('gives a city a Point and an area null geometry plus its area reference', () => {
    const vojens = must(fc.features.find((f) => f.id === 'food-bio-cluster-denmark--vojens'));
    expect(vojens.geometry).toEqual({ type: 'Point', coordinates: [9.30603, 55.24639] });
    expect(vojens.properties).toMatchObject({
      cluster: 'Food & Bio Cluster Denmark',
      businessArea: 'Fødevarer og bioressourcer',
      municipality: 'Haderslev',
      region: 'Region Syddanmark',
      erhvervshus: 'Erhvervshus Sydjylland',
    });
    const fyn = must(fc.features.find((f) => f.id === 'vision-denmark--fyn'));
    expect(fyn.geometry).toBeNull();
    expect(fyn.properties).toMatchObject({
      precision: 'area',
      areaType: 'funen',
      areaCode: 'fyn',
      erhvervshus: null,
    });
  });

  it('flattens the basis and keeps the inferred reason', () => {
    const fintech = must(fc.features.find((f) => f.id === 'copenhagen-fintech--copenhagen'));
    expect(fintech.properties.basis).toBe('inferred');
    expect(fintech.properties.basisReason).toMatch(/name/);
  });

  it('survives a JSON round trip as valid GeoJSON values', () => {
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});

describe('export command table', () => {
  it('runs presences and clusters', () => {
    expect(runExport(['presences'], dataset)).toMatchObject({ type: 'FeatureCollection' });
    expect(runExport(['clusters'], dataset)).toHaveLength(14);
  });

  it('rejects an unknown command, extra arguments and no command with a UsageError', () => {
    expect(() => runExport(['districts'], dataset)).toThrow(new UsageError('unknown command "districts"'));
    expect(() => runExport(['toString'], dataset)).toThrow(UsageError);
    expect(() => runExport(['presences', '--x'], dataset)).toThrow(/takes no arguments/);
    expect(() => runExport([], dataset)).toThrow(/no command/);
  });

  it('lists every command in the usage text', () => {
    for (const name of Object.keys(EXPORT_COMMANDS)) expect(usage()).toContain(name);
  });
});

describe('export CLI process', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', abs('geo/scripts/export.ts'), ...args], {
      encoding: 'utf8',
    });

  it('prints only JSON on stdout', () => {
    const result = run('presences');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).features).toHaveLength(dataset.presences.length);
  });

  it('reports a bad command on stderr with a non-zero exit and nothing on stdout', () => {
    const result = run('nonsense');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^export: unknown command "nonsense"/);
  });
});
