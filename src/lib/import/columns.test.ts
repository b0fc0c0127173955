import { describe, expect, it } from 'vitest';
import { mapColumns } from './columns';

describe('mapColumns', () => {
  it('accepts Danish and English header names, any case and accents', () => {
    const map = mapColumns([
      'Klynge',
      'STED',
      'Status',
      'Kilde',
      'Længdegrad',
      'breddegrad',
      'Præcision',
      'Type',
    ]);
    expect(map.missing).toEqual([]);
    expect(map.index).toEqual({
      cluster: 0,
      place: 1,
      status: 2,
      source: 3,
      lon: 4,
      lat: 5,
      precision: 6,
      kind: 7,
    });
    expect(map.header.cluster).toBe('Klynge');
    expect(mapColumns(['cluster', 'place', 'status', 'source', 'laengdegrad']).index.lon).toBe(4);
  });

  it('names missing required columns, ignored and duplicate ones', () => {
    const map = mapColumns(['cluster', 'by', 'sted', 'farve', '']);
    expect(map.missing).toEqual(['status', 'source']);
    expect(map.ignored).toEqual(['farve']);
    expect(map.duplicates).toEqual(['sted']);
    expect(map.index.place).toBe(1);
  });
});
