import { describe, expect, it } from 'vitest';
import { importText } from '@/lib/import/import-file';
import { context } from '@/testing/import-fixtures';
import { TEMPLATE_CSV } from './template';

describe('the template CSV', () => {
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
