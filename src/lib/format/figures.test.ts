import { describe, expect, it } from 'vitest';
import { formatDay, formatFixed } from './figures';
import { formatNumber } from '@/model/locale';

describe('locale formatting', () => {
  it('writes numbers the Danish and the British way', () => {
    expect(formatNumber(842681, 'da')).toBe('842.681');
    expect(formatNumber(842681, 'en')).toBe('842,681');
    expect(formatFixed(14.36, 'da')).toBe('14,4');
    expect(formatFixed(20, 'en')).toBe('20.0');
  });

  it('writes the count date as a calendar day in either language', () => {
    expect(formatDay('2021-10-01', 'da')).toBe('1. oktober 2021');
    expect(formatDay('2021-10-01', 'en')).toBe('1 October 2021');
  });
});
