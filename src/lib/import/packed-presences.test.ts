import { describe, expect, it } from 'vitest';
import { context, dataset } from '@/testing/import-fixtures';
import { importText } from './import-file';
import { TEMPLATE_CSV } from './template';
import { packPresences, unpackPresences } from './packed-presences';

function imported(text: string) {
  const result = importText('x.csv', text, context);
  if (!result.ok) throw new Error(result.problem.code);
  return result.report.presences;
}

/** Every presence of the dataset, imported again, three times over: towns, areas and repeats. */
const rows = dataset.presences.map((p) => [p.clusterId, p.place, p.status, 'kilde', p.precision].join(';'));
const presences = imported(['klynge;sted;status;kilde;præcision', ...rows, ...rows, ...rows].join('\n'));

describe('packed presences', () => {
  it('unpack(pack(x)) is x, for towns, areas and places given by coordinates', () => {
    const all = [...presences, ...imported(TEMPLATE_CSV)];
    expect(unpackPresences(packPresences(all))).toEqual(all);
    expect(unpackPresences(packPresences([]))).toEqual([]);
  });

  it('writes each distinct place, source and location once', () => {
    const packed = packPresences(presences);
    expect(packed.count).toBe(presences.length);
    const locations = new Set(presences.map((p) => JSON.stringify([p.point, p.area, p.placeLink])));
    expect(packed.tables.locations).toHaveLength(locations.size);
    expect(packed.tables.sources).toEqual(['kilde']);
    expect(packed.columns.locations).toBeInstanceOf(Uint32Array);
  });

  it('shares one location object among the rows of a town once unpacked, and packs them as one again', () => {
    const unpacked = unpackPresences(packPresences(presences));
    const [first, ...rest] = unpacked.filter((p) => p.place === 'Aalborg');
    expect(rest.length).toBeGreaterThan(0);
    for (const p of rest) expect(p.municipality).toBe(first?.municipality);
    expect(packPresences(unpacked).tables.locations).toHaveLength(
      packPresences(presences).tables.locations.length,
    );
  });

  it('tells apart rows that share a place name but not a location', () => {
    const two = imported(
      [
        'klynge;sted;status;kilde;lon;lat',
        'MADE;Kontor;Etableret;x;9,5357;55,7093',
        'MADE;Kontor;Etableret;x;10,2;56,15',
      ].join('\n'),
    );
    const back = unpackPresences(packPresences(two));
    expect(back.map((p) => p.municipality?.name)).toEqual(['Vejle', 'Aarhus']);
  });
});
