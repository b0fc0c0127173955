import { describe, expect, it } from 'vitest';
import { createGazetteer, type GazetteerPlace } from './gazetteer';
import { createAliasIndex, GeocodeError, resolvePlace, type Alias } from './resolve-place';

const place = (id: number, name: string, lon: number, lat: number): GazetteerPlace => ({
  id,
  name,
  lon,
  lat,
  population: 1000,
});
const gazetteer = createGazetteer([
  place(1, 'Copenhagen', 12.57, 55.68),
  place(2, 'Århus', 10.21, 56.16),
  place(3, 'Roskilde', 12.08, 55.64),
  place(4, 'Sønderborg', 9.79, 54.91),
  place(5, 'Ejby', 10.0, 55.4),
  place(6, 'Ejby', 12.1, 55.5),
]);
const reason = { da: 'grund', en: 'reason' };
const ALIASES: Alias[] = [
  { names: ['København'], kind: 'spelling', target: { gazetteer: 'Copenhagen' }, inferred: false, reason },
  { names: ['Aarhus'], kind: 'spelling', target: { gazetteer: 'Århus' }, inferred: false, reason },
  { names: ['RUC'], kind: 'institution', target: { gazetteer: 'Roskilde' }, inferred: false, reason },
  {
    names: ['Sjælland', 'Zealand'],
    kind: 'area-name',
    target: { area: { type: 'region', code: '1085' } },
    inferred: false,
    reason,
  },
  { names: ['Atlantis'], kind: 'spelling', target: { gazetteer: 'Atlantis' }, inferred: false, reason },
];
const aliases = createAliasIndex(ALIASES);
const city = (place: string) =>
  resolvePlace({ recordId: 'r1', place, precision: 'city' }, gazetteer, aliases);

describe('resolvePlace', () => {
  it('resolves Aarhus and Århus to the same town', () => {
    const a = city('Aarhus');
    const b = city('Århus');
    expect(a.precision === 'city' && a.place.id).toBe(2);
    expect(b.precision === 'city' && b.place.id).toBe(2);
    expect(a.link).toMatchObject({ kind: 'spelling', alias: 'Aarhus' });
  });

  it("matches Aarhus to GeoNames' Århus by folding alone, even without an alias", () => {
    const r = resolvePlace(
      { recordId: 'r1', place: 'Aarhus', precision: 'city' },
      gazetteer,
      createAliasIndex([]),
    );
    expect(r.precision === 'city' && r.place.name).toBe('Århus');
    expect(r.link).toEqual({ kind: 'gazetteer', alias: null, inferred: false, reason: null });
  });

  it('resolves København and Copenhagen to the same town', () => {
    const a = city('København');
    const b = city('Copenhagen');
    expect(a.precision === 'city' && a.place.name).toBe('Copenhagen');
    expect(b.precision === 'city' && b.place.name).toBe('Copenhagen');
  });

  it('forgives ø typed as o or oe', () => {
    const r = city('Sonderborg');
    expect(r.precision === 'city' && r.place.id).toBe(4);
  });

  it('resolves an institution to its town, keeping the alias for provenance', () => {
    const r = city('RUC');
    expect(r.precision === 'city' && r.place.name).toBe('Roskilde');
    expect(r.link).toMatchObject({ kind: 'institution', alias: 'RUC' });
  });

  it('resolves an area name (also in English) only at area precision', () => {
    const r = resolvePlace({ recordId: 'r2', place: 'Zealand', precision: 'area' }, gazetteer, aliases);
    expect(r).toMatchObject({ precision: 'area', area: { type: 'region', code: '1085' } });
    expect(() => city('Sjælland')).toThrow(
      'presence "r1": place "Sjælland" names an area but precision is "city"',
    );
  });

  it('fails with the record id and the place when the gazetteer cannot resolve it', () => {
    expect(() =>
      resolvePlace({ recordId: 'x--y', place: 'Utopia', precision: 'city' }, gazetteer, aliases),
    ).toThrow('presence "x--y": place "Utopia" is not in the gazetteer');
    expect(() => city('Atlantis')).toThrow(/alias of "Atlantis"/);
    try {
      city('Utopia');
    } catch (error) {
      expect(error).toBeInstanceOf(GeocodeError);
      expect(error).toMatchObject({ recordId: 'r1', place: 'Utopia' });
    }
  });

  it('fails on an ambiguous name and on an area without an alias', () => {
    expect(() => city('Ejby')).toThrow(/ambiguous: 2 gazetteer places/);
    expect(() =>
      resolvePlace({ recordId: 'r3', place: 'Roskilde', precision: 'area' }, gazetteer, aliases),
    ).toThrow(/no area alias/);
  });
});

describe('createAliasIndex', () => {
  it('rejects two aliases whose names fold to the same key', () => {
    const clash: Alias[] = [
      { names: ['Århus'], kind: 'spelling', target: { gazetteer: 'A' }, inferred: false, reason },
      { names: ['Arhus'], kind: 'spelling', target: { gazetteer: 'B' }, inferred: false, reason },
    ];
    expect(() => createAliasIndex(clash)).toThrow(/fold to the same key "arhus"/);
  });
});
