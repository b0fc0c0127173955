import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/data/parse-dataset';
import { parseHistoryText } from '../../../src/data/parse-history';
import { EXPORT_COMMANDS, helpRequest, runExport, usage, UsageError } from './export-commands';
import { presencesToGeoJson } from './export-presences';
import { abs, FILES } from './paths';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const dataset = parseDatasetText(readFileSync(abs(FILES.dataset), 'utf8'));
const history = parseHistoryText(readFileSync(abs(FILES.history), 'utf8'), dataset);
let historyReads = 0;
const context = {
  dataset,
  history: () => {
    historyReads++;
    return history;
  },
};

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

describe('export presences with every source', () => {
  type Fc = ReturnType<typeof presencesToGeoJson>;
  const at = (asOf: string): Fc =>
    runExport(['presences', '--sources', 'all', '--as-of', asOf], context) as Fc;
  const places = (fc: Fc, cluster: string) =>
    fc.features.filter((f) => f.properties.clusterId === cluster).map((f) => f.properties.place);

  it('keeps printing the note alone by default, each feature with its source, date and status', () => {
    const before = historyReads;
    const fc = runExport(['presences'], context) as Fc;
    expect(historyReads).toBe(before);
    expect(fc.features.map((f) => f.id)).toEqual(dataset.presences.map((p) => p.id));
    for (const f of fc.features) {
      expect(f.properties).toMatchObject({
        source: 'bilag-6-2-2021',
        date: '2021-autumn',
        datePrecision: 'season',
      });
      expect(f.properties.status).toBeTruthy();
    }
    expect(runExport(['presences', '--sources=note'], context)).toEqual(fc);
  });

  it('at 2021-12-31 places every cluster a source places', () => {
    const fc = at('2021-12-31');
    expect(places(fc, 'lifestyle-design-cluster')).toContain('Herning');
    expect(places(fc, 'danish-sound-cluster')).toEqual(['Struer']);
    expect(places(fc, 'danish-life-science-cluster').sort()).toEqual(
      ['Aalborg', 'Aarhus', 'København', 'Odense', 'Region Sjælland'].sort(),
    );
    expect(places(fc, 'energy-cluster-denmark').sort()).toEqual(
      ['Aalborg', 'Aarhus', 'Copenhagen', 'Esbjerg', 'Fredericia', 'Sønderborg'].sort(),
    );
    expect(places(fc, 'marlog')).toEqual(
      expect.arrayContaining(['København', 'Frederikshavn', 'Svendborg', 'Esbjerg', 'Rønne']),
    );
    for (const f of fc.features) expect(f.properties.datePrecision).toMatch(/^(day|month|season|year)$/);
  });

  it('at 2022-06-01 shows MARLOG closed, with the bankruptcy as its source', () => {
    const marlog = at('2022-06-01').features.filter((f) => f.properties.clusterId === 'marlog');
    expect(marlog.length).toBeGreaterThan(5);
    for (const f of marlog) {
      expect(f.properties.status).toBe('closed');
      expect(f.properties.source).toMatch(/^(transportnyhederne-2022-04-20|shippingwatch-2022-04)$/);
      expect(f.properties.quote).toMatch(/konkurs/);
    }
  });

  it('rejects a bad source, a bad date and a date without every source', () => {
    expect(() => runExport(['presences', '--sources', 'some'], context)).toThrow(
      /--sources must be one of note, all/,
    );
    expect(() => runExport(['presences', '--sources', 'all', '--as-of', '2022-02-30'], context)).toThrow(
      /--as-of must be a calendar day/,
    );
    expect(() => runExport(['presences', '--as-of', '2022-06-01'], context)).toThrow(
      /--as-of needs --sources all/,
    );
    expect(() => runExport(['presences', '--sources', 'all', '--sources', 'all'], context)).toThrow(/twice/);
  });
});

describe('export command table', () => {
  it('runs presences and clusters', () => {
    expect(runExport(['presences'], context)).toMatchObject({ type: 'FeatureCollection' });
    expect(runExport(['clusters'], context)).toHaveLength(14);
  });

  it('rejects an unknown command, extra arguments and no command with a UsageError', () => {
    expect(() => runExport(['districts'], context)).toThrow(new UsageError('unknown command "districts"'));
    expect(() => runExport(['toString'], context)).toThrow(UsageError);
    expect(() => runExport(['presences', '--x'], context)).toThrow(/takes no arguments/);
    expect(() => runExport([], context)).toThrow(/no command/);
  });

  it('lists every command in the usage text, and gives each its own usage on --help', () => {
    for (const name of Object.keys(EXPORT_COMMANDS)) {
      expect(usage()).toContain(name);
      expect(helpRequest([name, '--help'])).toContain(EXPORT_COMMANDS[name]?.usage);
    }
    expect(helpRequest(['--help'])).toBe(usage());
    expect(helpRequest(['presences'])).toBeNull();
    expect(() => helpRequest(['districts', '--help'])).toThrow(/unknown command/);
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

  it("prints a command's usage on stdout for --help and exits 0", () => {
    const result = run('coverage', '--help');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(
      /^Usage: npm run -s export -- coverage --by region\|erhvervshus\|municipality/,
    );
    expect(result.stdout).toContain('--sources note|all');
  });

  it('reports a bad command on stderr with a non-zero exit and nothing on stdout', () => {
    const result = run('nonsense');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^export: unknown command "nonsense"/);
  });
});
