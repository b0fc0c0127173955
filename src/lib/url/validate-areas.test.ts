import { describe, expect, it } from 'vitest';
import { validateAreas } from './validate-areas';

const known = new Set(['region:1085', 'municipality:0360', 'funen:fyn']);

describe('validateAreas', () => {
  it('keeps known areas', () => {
    const area = { kind: 'region', code: '1085' } as const;
    const compare = [area, { kind: 'funen', code: 'fyn' } as const];
    expect(validateAreas({ area, compare }, known)).toEqual({ area, compare, dropped: [] });
  });

  it('drops and reports an unknown code like any unknown id', () => {
    const result = validateAreas(
      {
        area: { kind: 'municipality', code: '0411' },
        compare: [
          { kind: 'region', code: '1099' },
          { kind: 'municipality', code: '0360' },
        ],
      },
      known,
    );
    expect(result.area).toBeNull();
    expect(result.compare).toEqual([{ kind: 'municipality', code: '0360' }]);
    expect(result.dropped).toEqual([
      { param: 'area', value: 'municipality:0411' },
      { param: 'compare', value: 'region:1099' },
    ]);
  });
});
