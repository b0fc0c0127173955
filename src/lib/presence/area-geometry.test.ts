import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { geometryBounds } from '@/lib/geo/bounds';
import { areaGeometry, clockwise } from './area-geometry';
import { baseMap } from '@/testing/presence-fixtures';

const square = (reverse: boolean): Polygon => {
  const ring = [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ];
  return { type: 'Polygon', coordinates: [reverse ? [...ring].reverse() : ring] };
};

describe('clockwise', () => {
  it('turns an anticlockwise outer ring clockwise and leaves a clockwise one alone', () => {
    const cw = square(false).coordinates[0];
    expect(clockwise(square(true)).coordinates[0]?.[0]).toEqual(cw);
    expect(clockwise(square(false)).coordinates[0]?.[0]).toEqual(cw);
  });
  it('turns holes anticlockwise', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [square(false).coordinates[0] ?? [], square(false).coordinates[0] ?? []],
    };
    expect(clockwise(withHole).coordinates[0]?.[1]).toEqual(square(true).coordinates[0]);
  });
});

describe('areaGeometry', () => {
  it('finds regions, Funen and municipalities by code', () => {
    expect(
      geometryBounds([
        areaGeometry(baseMap, { type: 'region', code: '1085' }) ?? { type: 'MultiPolygon', coordinates: [] },
      ])?.[3],
    ).toBeLessThan(56.1);
    expect(areaGeometry(baseMap, { type: 'funen', code: 'fyn' })).not.toBeNull();
    expect(areaGeometry(baseMap, { type: 'municipality', code: '0360' })).not.toBeNull();
    expect(areaGeometry(baseMap, { type: 'region', code: '9999' })).toBeNull();
  });
});
