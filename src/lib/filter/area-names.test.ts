import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERHVERVSHUS_NAMES, REGION_NAMES } from './area-names';
import { baseMap } from '@/testing/filter-fixtures';

const table = JSON.parse(
  readFileSync(new URL('../../../geo/tables/erhvervshus.json', import.meta.url), 'utf8'),
) as { areas: { code: string; name: string; nameEn: string }[] };

describe('area names', () => {
  it('match the base map’s region names', () => {
    for (const f of baseMap.regions.features) {
      expect(REGION_NAMES[f.properties.code as keyof typeof REGION_NAMES]?.da).toBe(f.properties.name);
    }
    expect(Object.keys(REGION_NAMES)).toHaveLength(baseMap.regions.features.length);
  });

  it('match the erhvervshus table in both languages', () => {
    expect(Object.fromEntries(table.areas.map((a) => [a.code, { da: a.name, en: a.nameEn }]))).toEqual(
      ERHVERVSHUS_NAMES,
    );
  });
});
