import { describe, expect, it } from 'vitest';
import { PRESENCE_STATUS_LABELS } from '@/model/schema';
import { csvRows } from '../csv/read';
import { dataset } from '@/testing/presence-fixtures';
import { PRESENCE_CSV_HEADER, presencesCsv } from './presence-csv';
import { presencesGeoJson } from './presence-geojson';

const NOTE = { id: 'note', published: { date: '2021-autumn', precision: 'season' as const } };

const labels = (language: 'da' | 'en') => ({
  language,
  note: NOTE,
  status: (s: keyof typeof PRESENCE_STATUS_LABELS) => PRESENCE_STATUS_LABELS[s][language],
  kind: (k: string) => `kind:${k}`,
});

describe('presence CSV with hostile text', () => {
  const base = dataset.presences.find((p) => p.point && p.municipality);
  if (!base?.municipality) throw new Error('no presence with a point and a municipality');
  const hostile = {
    ...base,
    place: '=HYPERLINK("https://evil.example","klik")',
    quote: '@SUM(1+1)',
    municipality: { ...base.municipality, name: '+cmd|/C calc' },
    region: base.region && { ...base.region, name: '-2+3' },
    point: [-3.5, 55.25] as [number, number],
  };
  const [header = [], row = []] = csvRows(presencesCsv([hostile], dataset.clusters, labels('da')));
  const cell = (name: string) => row[header.indexOf(name)];

  it('writes every text that starts like a formula as inert text', () => {
    expect(cell('place')).toBe(`'=HYPERLINK("https://evil.example","klik")`);
    expect(cell('quote')).toBe(`'@SUM(1+1)`);
    expect(cell('municipality')).toBe(`'+cmd|/C calc`);
    expect(cell('region')).toBe(`'-2+3`);
    for (const value of row.filter((_, i) => !['longitude', 'latitude'].includes(header[i] ?? '')))
      expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps coordinates numbers, a negative one included', () => {
    expect(cell('longitude')).toBe('-3,5');
    expect(cell('latitude')).toBe('55,25');
  });
});

describe('presence CSV', () => {
  const rows = csvRows(presencesCsv(dataset.presences, dataset.clusters, labels('da')));
  const header = rows[0] ?? [];
  const column = (name: string) => header.indexOf(name);
  const row = (id: string) => rows.find((r) => r[0] === id) ?? [];

  it('has the agreed columns and one row per presence', () => {
    expect(header).toEqual([...PRESENCE_CSV_HEADER]);
    for (const name of ['id', 'cluster', 'business_area', 'place', 'status', 'kind', 'precision', 'basis']) {
      expect(header).toContain(name);
    }
    for (const name of ['municipality', 'region', 'erhvervshus', 'quote']) expect(header).toContain(name);
    expect(rows).toHaveLength(dataset.presences.length + 1);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('keeps the note’s words whole, commas, quotes and line breaks included', () => {
    for (const p of dataset.presences) {
      expect(row(p.id)[column('quote')]).toBe(p.quote);
      expect(row(p.id)[column('place')]).toBe(p.place);
    }
  });

  it('labels business areas and statuses in the reader’s language, codes stay', () => {
    const vojens = 'food-bio-cluster-denmark--vojens';
    const en = csvRows(presencesCsv(dataset.presences, dataset.clusters, labels('en')));
    const enRow = en.find((r) => r[0] === vojens) ?? [];
    expect(row(vojens)[column('business_area')]).toBe('Fødevarer og bioressourcer');
    expect(enRow[column('business_area')]).toMatch(/^Food/);
    expect(row(vojens)[column('status')]).toBe('established');
    expect(row(vojens)[column('status_label')]).toBe('Etableret');
    expect(enRow[column('status_label')]).toBe('Established');
    expect(row(vojens)[column('municipality')]).toBe('Haderslev');
    expect(row(vojens)[column('longitude')]).toMatch(/^9,\d+$/);
  });

  it('leaves the point empty for an area and names the area instead', () => {
    const area = dataset.presences.find((p) => p.precision === 'area');
    expect(area).toBeDefined();
    const r = row(area?.id ?? '');
    expect(r[column('longitude')]).toBe('');
    expect(r[column('municipality')]).toBe(area?.municipality?.name ?? area?.area?.name);
  });

  it('says why an inferred presence is shown', () => {
    const inferred = dataset.presences.find((p) => p.basis.type === 'inferred');
    const r = row(inferred?.id ?? '');
    expect(r[column('basis')]).toBe('inferred');
    expect(r[column('basis_reason')]).not.toBe('');
  });
});

describe('presence GeoJSON', () => {
  it('writes the given presences only, points for towns and null for areas', () => {
    const some = dataset.presences.slice(0, 5);
    const fc = presencesGeoJson(some, dataset.clusters, NOTE);
    expect(fc.features.map((f) => f.id)).toEqual(some.map((p) => p.id));
    for (const f of fc.features) {
      const p = some.find((x) => x.id === f.id);
      expect(f.geometry === null).toBe(p?.precision === 'area');
      expect(f.properties.source).toBe(p?.source ?? 'note');
      expect([f.properties.date, f.properties.datePrecision]).toEqual(['2021-autumn', 'season']);
    }
  });

  it('says where a presence resolved from every source comes from', () => {
    const [first] = dataset.presences;
    if (!first) throw new Error('empty dataset');
    const observed = {
      ...first,
      source: 'techbbq-2020-12-16',
      observed: {
        entry: 'f03-aarhus',
        date: '2020-12-16',
        datePrecision: 'day' as const,
        observations: 3,
        fromNote: false,
      },
    };
    const [feature] = presencesGeoJson([observed], dataset.clusters, NOTE).features;
    expect(feature?.properties).toMatchObject({
      source: 'techbbq-2020-12-16',
      date: '2020-12-16',
      datePrecision: 'day',
    });
    const csv = csvRows(presencesCsv([observed], dataset.clusters, labels('da')));
    expect(csv[1]?.slice(-3)).toEqual(['techbbq-2020-12-16', '2020-12-16', 'day']);
  });

  it('refuses a presence of an unknown cluster', () => {
    const [first] = dataset.presences;
    if (!first) throw new Error('empty dataset');
    expect(() => presencesGeoJson([{ ...first, clusterId: 'nope' }], dataset.clusters, NOTE)).toThrow(
      /unknown cluster "nope"/,
    );
  });
});
