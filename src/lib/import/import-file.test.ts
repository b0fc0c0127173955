import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@/model/dataset-schema';
import { datasetJson } from '@/testing/test-files';
import { assignIds, importText, MAX_ROWS } from './import-file';
import { context, dataset } from '@/testing/import-fixtures';

const csv = (...lines: string[]) => lines.join('\r\n');
const HEADER = 'klynge;sted;status;kilde';

function report(name: string, text: string) {
  const result = importText(name, text, context);
  if (!result.ok) throw new Error(`file problem: ${result.problem.code}`);
  return result.report;
}

describe('importText: CSV', () => {
  it('loads the good rows and reports each bad one with row, column and reason', () => {
    const r = report(
      'hoved.csv',
      csv(
        HEADER,
        'CenSec;Roskilde;Etableret;Årsrapport 2023',
        'Atlantis Cluster;Vejle;Etableret;x',
        'MADE;Utopia;Planlagt;x',
        'MARLOG;Køge;snart måske;x',
        'DigitalLead;Herning;Under etablering;',
        'danish-sound-cluster;Sjælland;Overvejes;Eget notat',
      ),
    );
    expect(r.rows).toBe(6);
    expect(r.presences.map((p) => [p.id, p.status, p.precision, p.region?.name])).toEqual([
      ['user--censec--roskilde', 'established', 'city', 'Region Sjælland'],
      ['user--danish-sound-cluster--sjaelland', 'considering', 'area', 'Region Sjælland'],
    ]);
    expect(r.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
      [3, 'klynge', 'unknown-cluster', 'Atlantis Cluster'],
      [4, 'sted', 'place-not-found', 'Utopia'],
      [5, 'status', 'unknown-status', 'snart måske'],
      [6, 'kilde', 'missing', ''],
    ]);
    const [censec] = r.presences;
    expect(censec).toMatchObject({
      basis: { type: 'user', source: 'Årsrapport 2023' },
      kind: 'presence',
      quote: '',
      municipality: { code: '0265', name: 'Roskilde' },
      erhvervshus: { code: 'sjaelland', name: 'Erhvervshus Sjælland' },
      placeLink: { kind: 'gazetteer', gazetteerName: 'Roskilde' },
    });
  });

  it('places every presence of the dataset exactly as the data build did', () => {
    const rows = dataset.presences.map((p) =>
      [p.clusterId, p.place, p.status, 'kilde', p.precision, p.kind].join(';'),
    );
    const r = report('all.csv', csv('klynge;sted;status;kilde;præcision;type', ...rows));
    expect(r.problems).toEqual([]);
    const pick = (p: (typeof r.presences)[number] | (typeof dataset.presences)[number]) => ({
      clusterId: p.clusterId,
      point: p.point,
      area: p.area,
      municipality: p.municipality,
      region: p.region,
      erhvervshus: p.erhvervshus,
      municipalityCodes: p.municipalityCodes,
      placeLink: p.placeLink,
    });
    expect(r.presences.map(pick)).toEqual(dataset.presences.map(pick));
  });

  it('reads English headers, commas, coordinates with decimal commas, a note and a kind', () => {
    const r = report(
      'offices.csv',
      csv(
        'cluster,place,status,source,kind,lon,lat,note',
        'MADE,Head office Vejle,established,Annual report 2024,head office,"9,5357","55,7093",Seen on site',
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.presences[0]).toMatchObject({
      id: 'user--made--head-office-vejle',
      kind: 'head-office',
      point: [9.5357, 55.7093],
      municipality: { name: 'Vejle' },
      placeLink: { kind: 'coordinates', gazetteerName: null },
      quote: 'Seen on site',
    });
  });

  it('says when coordinates are outside Denmark, swapped, incomplete or meant for an area', () => {
    const r = report(
      'x.csv',
      csv(
        'klynge;sted;status;kilde;lon;lat;præcision',
        'MADE;Berlin;Etableret;x;13.4;52.5;',
        'MADE;Vejle;Etableret;x;55.7093;9.5357;',
        'MADE;Vejle;Etableret;x;9.5;;',
        'MADE;Vejle;Etableret;x;abc;55.7;',
        'MADE;Vejle;Etableret;x;9.53;55.70;område',
      ),
    );
    expect(r.problems.map((p) => [p.row, p.column, p.code, p.detail])).toEqual([
      [2, 'lon', 'coordinates-outside', null],
      [3, 'lon', 'coordinates-outside', 'swapped'],
      [4, 'lat', 'coordinates-incomplete', null],
      [5, 'lon', 'coordinates-invalid', null],
      [6, 'præcision', 'coordinates-for-area', null],
    ]);
  });

  it('tells an ambiguous town, an area named at city precision and an unknown area apart', () => {
    const r = report(
      'x.csv',
      csv(
        'klynge;sted;status;kilde;præcision',
        'MADE;Ejby;Etableret;x;',
        'MADE;Sjælland;Etableret;x;by',
        'MADE;Vejle;Etableret;x;område',
        'MADE;Vejle;Etableret;x;overalt',
      ),
    );
    expect(r.problems.map((p) => [p.row, p.code, p.detail])).toEqual([
      [2, 'place-ambiguous', '3'],
      [3, 'place-is-area', null],
      [4, 'area-unknown', null],
      [5, 'unknown-precision', null],
    ]);
  });

  it('gives each row its own id, never one of the dataset', () => {
    const r = report(
      'x.csv',
      csv(HEADER, 'CLEAN;Roskilde;Etableret;x', 'CLEAN;Roskilde;Planlagt;y', 'clean;Sjælland;Etableret;z'),
    );
    expect(r.presences.map((p) => p.id)).toEqual([
      'user--clean--roskilde',
      'user--clean--roskilde-2',
      'user--clean--sjaelland',
    ]);
    const datasetIds = new Set(dataset.presences.map((p) => p.id));
    expect(r.presences.some((p) => datasetIds.has(p.id))).toBe(false);
    expect(assignIds(r.presences.slice(0, 1).map((p) => ({ ...p, place: '東京' })))[0]?.id).toBe(
      'user--clean--sted',
    );
  });

  it('refuses a file without the required columns, an empty one and one with too many rows', () => {
    expect(importText('x.csv', 'klynge;sted\nCLEAN;Roskilde', context)).toEqual({
      ok: false,
      problem: { code: 'missing-columns', detail: 'status, source' },
    });
    expect(importText('x.csv', ' \n', context)).toMatchObject({ ok: false, problem: { code: 'empty' } });
    const many = Array.from({ length: MAX_ROWS + 1 }, () => 'CLEAN;Roskilde;Etableret;x');
    expect(importText('x.csv', csv(HEADER, ...many), context)).toMatchObject({
      ok: false,
      problem: { code: 'too-many-rows' },
    });
  });

  it('keeps hostile text as plain text: it is data, never markup or a link', () => {
    const r = report(
      'x.csv',
      csv(
        HEADER + ';note',
        'CLEAN;<img src=x onerror=alert(1)>;Etableret;x;',
        'CLEAN;Vejle;Etableret;javascript:alert(1);<script>alert(2)</script>',
      ),
    );
    expect(r.problems[0]).toMatchObject({
      row: 2,
      code: 'place-not-found',
      value: '<img src=x onerror=alert(1)>',
    });
    expect(r.presences[0]).toMatchObject({
      basis: { source: 'javascript:alert(1)' },
      quote: '<script>alert(2)</script>',
    });
  });

  it('limits text lengths', () => {
    const r = report('x.csv', csv(HEADER, `CLEAN;Vejle;Etableret;${'k'.repeat(501)}`));
    expect(r.problems[0]).toMatchObject({ column: 'kilde', code: 'too-long', detail: '500' });
  });
});

describe('importText: GeoJSON', () => {
  it('reads points and features without geometry; other geometries are bad rows', () => {
    const file = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [10.3883, 55.3959] },
          properties: { klynge: 'Odense Robotics', sted: 'Kontor', status: 'Etableret', kilde: 'web' },
        },
        {
          type: 'Feature',
          geometry: null,
          properties: { cluster: 'MADE', place: 'Aarhus', status: 'planned', source: 'web' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [] },
          properties: { cluster: 'MADE', place: 'x', status: 'planned', source: 'web' },
        },
      ],
    };
    const r = report('x.geojson', JSON.stringify(file));
    expect(r.presences.map((p) => [p.id, p.municipality?.name])).toEqual([
      ['user--odense-robotics--kontor', 'Odense'],
      ['user--made--aarhus', 'Aarhus'],
    ]);
    expect(r.problems).toMatchObject([{ row: 3, column: 'geometry', code: 'geometry-not-point' }]);
  });

  it('refuses JSON that is not GeoJSON, and broken JSON', () => {
    expect(importText('x.json', '{"a":1}', context)).toMatchObject({
      ok: false,
      problem: { code: 'not-geojson' },
    });
    expect(importText('x.geojson', '{', context)).toMatchObject({
      ok: false,
      problem: { code: 'invalid-json' },
    });
  });
});

describe('the dataset cannot hold imported presences', () => {
  it("rejects basis 'user' in dataset.json", () => {
    const raw = datasetJson() as { presences: Record<string, unknown>[] };
    raw.presences[0] = { ...raw.presences[0], basis: { type: 'user', source: 'x' } };
    const result = datasetSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['presences', 0, 'basis', 'type']);
  });
});
