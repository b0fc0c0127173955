import { describe, expect, it } from 'vitest';
import { distanceByMunicipality, type MunicipalityDistance } from './distance';
import { sortDistances } from './distance-sort';
import { municipalityBeyond } from './residents';
import { geography, population, presence } from '@/testing/coverage-fixtures';

const rows = distanceByMunicipality(
  geography.municipalities,
  [
    presence({ id: 'roskilde' }),
    presence({ id: 'aalborg', clusterId: 'b', point: [9.9187, 57.048], municipalityCodes: ['0851'] }),
  ],
  population.points,
);
const text = {
  regionName: (code: string) =>
    ({
      '1081': 'Nordjylland',
      '1082': 'Midtjylland',
      '1083': 'Syddanmark',
      '1084': 'Hovedstaden',
      '1085': 'Sjælland',
    })[code] ?? code,
  nearestName: (r: MunicipalityDistance) => r.nearest.map((n) => n.place).join(', '),
  residentsBeyond: (r: MunicipalityDistance) => municipalityBeyond(r, population, 50),
};
const codes = (list: MunicipalityDistance[]) => list.map((r) => r.unit.code);

describe('sortDistances', () => {
  it('sorts by km both ways', () => {
    const asc = sortDistances(rows, { key: 'km', direction: 'ascending' }, text);
    expect(asc[0]?.unit.code).toBe('0265');
    expect(asc.map((r) => r.km)).toEqual([...asc.map((r) => r.km)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    // Tønder, in the far south-west, is the farthest from both Roskilde and Aalborg.
    expect(sortDistances(rows, { key: 'km', direction: 'descending' }, text)[0]?.unit.code).toBe('0550');
    expect(asc.at(-1)?.unit.code).toBe('0550');
  });

  it('sorts by residents beyond D km: the biggest white spots by people first', () => {
    const desc = sortDistances(rows, { key: 'residents', direction: 'descending' }, text);
    const beyond = desc.map(text.residentsBeyond);
    expect(beyond).toEqual([...beyond].sort((a, b) => b - a));
    expect(beyond[0]).toBeGreaterThan(0);
    // Aarhus is over 50 km from both Roskilde and Aalborg, and the largest such municipality.
    expect(desc[0]?.unit.code).toBe('0751');
    expect(text.residentsBeyond(desc.find((r) => r.unit.code === '0265') as MunicipalityDistance)).toBe(0);
  });

  it('keeps rows with nothing to measure to last', () => {
    const none = distanceByMunicipality(geography.municipalities.slice(0, 2), [], population.points);
    const mixed = [...none, ...rows.slice(0, 3)];
    for (const direction of ['ascending', 'descending'] as const) {
      expect(
        sortDistances(mixed, { key: 'km', direction }, text)
          .slice(-2)
          .every((r) => r.km === null),
      ).toBe(true);
    }
  });

  it('sorts by name in Danish order (Aabenraa after Ærø: aa is å)', () => {
    const names = sortDistances(rows, { key: 'municipality', direction: 'ascending' }, text).map(
      (r) => r.unit.name,
    );
    expect(names.indexOf('Aabenraa')).toBeGreaterThan(names.indexOf('Ærø'));
    expect(codes(sortDistances(rows, { key: 'municipality', direction: 'descending' }, text))[0]).toBe(
      codes(sortDistances(rows, { key: 'municipality', direction: 'ascending' }, text)).at(-1),
    );
  });

  it('sorts by region and by nearest place, ties by municipality name', () => {
    const byNearest = sortDistances(rows, { key: 'nearest', direction: 'ascending' }, text);
    // Danish collation: "aa" is å, the last letter, so "roskilde" sorts before "aalborg".
    expect(byNearest[0]?.nearest[0]?.place).toBe('roskilde');
    expect(byNearest.at(-1)?.nearest[0]?.place).toBe('aalborg');
    const byRegion = sortDistances(rows, { key: 'region', direction: 'ascending' }, text);
    expect(byRegion[0]?.unit.region).toBe('1084');
  });
});
