import { describe, expect, it } from 'vitest';
import { placeBehind } from './place-behind';

describe('placeBehind', () => {
  it('names the municipality or area only when it says more than the place', () => {
    const city = (place: string, municipality: string) =>
      placeBehind({ place, area: null, municipality: { code: '0265', name: municipality } });
    expect(city('RUC', 'Roskilde')).toBe('Roskilde');
    expect(city('Odense', 'Odense')).toBeNull();
    expect(
      placeBehind({
        place: 'Sjælland',
        area: { type: 'region', code: '1085', name: 'Region Sjælland' },
        municipality: null,
      }),
    ).toBeNull();
  });
});
