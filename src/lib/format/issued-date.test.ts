import { describe, expect, it } from 'vitest';
import { words } from '@/lib/describe/test-words';
import { formatIssued, issuedOrder } from './issued-date';

describe('formatIssued', () => {
  it('says a season, a day, a month or a year in the reader’s language', () => {
    expect(formatIssued('2021-autumn', 'da', words('da').t)).toBe('efterår 2021');
    expect(formatIssued('2021-autumn', 'en', words('en').t)).toBe('autumn 2021');
    expect(formatIssued('2022-03-15', 'da', words('da').t)).toBe('15. marts 2022');
    expect(formatIssued('2022-03', 'en', words('en').t)).toBe('March 2022');
    expect(formatIssued('2020', 'da', words('da').t)).toBe('2020');
  });
});

describe('issuedOrder', () => {
  it('sorts a season among dates by its first month', () => {
    const sorted = ['2021-10-01', '2021-autumn', '2021-08', '2022-spring'].sort((a, b) =>
      issuedOrder(a).localeCompare(issuedOrder(b)),
    );
    expect(sorted).toEqual(['2021-08', '2021-autumn', '2021-10-01', '2022-spring']);
  });
});
