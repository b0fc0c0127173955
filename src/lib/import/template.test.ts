import { describe, expect, it } from 'vitest';
import { importText } from './import-file';
import { context } from '@/testing/import-fixtures';
import { TEMPLATE_CSV } from './template';

describe('the template CSV', () => {
  it('is written in the download dialect (a comma in text quoted), byte for byte', () => {
    expect(TEMPLATE_CSV).toBe(
      [
        'klynge;sted;status;kilde;type;præcision;lon;lat;note',
        'CLEAN;Vejle;Etableret;Klyngens årsrapport 2023;hovedkontor;;;;',
        'Odense Robotics;Fyn;Planlagt;"Bestyrelsesmøde, maj";tilstedeværelse;område;;;',
        'MADE;Kontor ved havnen;Etableret;Eget besøg;kontor;;9,5357;55,7093;Åbnede i januar',
        '',
      ].join('\r\n'),
    );
  });

  it('imports without a problem: a town, an area, and a place given by coordinates', () => {
    const result = importText('skabelon.csv', TEMPLATE_CSV, context);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.report.problems).toEqual([]);
    expect(result.report.presences.map((p) => [p.id, p.precision, p.placeLink.kind])).toEqual([
      ['user--clean--vejle', 'city', 'gazetteer'],
      ['user--odense-robotics--fyn', 'area', 'area-name'],
      ['user--made--kontor-ved-havnen', 'city', 'coordinates'],
    ]);
  });
});
