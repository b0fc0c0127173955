import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePopulationFile } from '@/model/population-file';

const shipped = JSON.parse(
  readFileSync(new URL('../../public/data/population.json', import.meta.url), 'utf8'),
) as { municipalities: Record<string, unknown>[] } & Record<string, unknown>;

const withMunicipality = (patch: Record<string, unknown>) => ({
  ...shipped,
  municipalities: [{ ...shipped.municipalities[0], ...patch }, ...shipped.municipalities.slice(1)],
});

describe('decodePopulationFile', () => {
  it('reads the shipped file', () => {
    const file = decodePopulationFile(shipped);
    expect(file.municipalities).toHaveLength(98);
    expect(file.source.attribution).toBe('Kilde: Danmarks Statistik, FOLK1AM');
  });

  it.each([
    [withMunicipality({ residents: -1 }), /municipality "0101" field "residents": expected a whole number/],
    [withMunicipality({ residents: 1.5 }), /field "residents"/],
    [withMunicipality({ point: [12] }), /municipality "0101" field "point"/],
    [withMunicipality({ point: [12, 'x'] }), /field "point"/],
    [withMunicipality({ code: '101' }), /field "code": expected four digits/],
    [withMunicipality({ towns: [] }), /field "towns"/],
    [withMunicipality({ snapped: 3 }), /field "snapped"/],
    [{ ...shipped, version: 2 }, /field "version"/],
    [{ ...shipped, source: { ...(shipped.source as object), date: '1/10/2021' } }, /source.date/],
    [{ ...shipped, municipalities: [shipped.municipalities[0], shipped.municipalities[0]] }, /listed twice/],
    [[], /expected a JSON object/],
    [null, /expected a JSON object/],
  ])('names the problem: %#', (json, message) => {
    expect(() => decodePopulationFile(json)).toThrow(message);
  });
});
