import { describe, expect, it } from 'vitest';
import { formatAsOf, formatFactDate } from './fact-date';

describe('formatFactDate', () => {
  it('says a date as precisely as its source gives it, in Danish and English', () => {
    expect(formatFactDate({ date: '2021-12-16', precision: 'day' }, 'da')).toBe('16. december 2021');
    expect(formatFactDate({ date: '2021-12-16', precision: 'day' }, 'en')).toBe('16 December 2021');
    expect(formatFactDate({ date: '2020-10', precision: 'month' }, 'da')).toBe('oktober 2020');
    expect(formatFactDate({ date: '2020-10', precision: 'month' }, 'en')).toBe('October 2020');
    expect(formatFactDate({ date: '2021-autumn', precision: 'season' }, 'da')).toBe('efterår 2021');
    expect(formatFactDate({ date: '2020-summer', precision: 'season' }, 'en')).toBe('summer 2020');
    expect(formatFactDate({ date: '2020', precision: 'year' }, 'da')).toBe('2020');
    expect(formatFactDate({ date: null, precision: 'undated' }, 'en')).toBe('undated');
  });

  it('shortens the month for the header, and names the latest source', () => {
    expect(formatAsOf('2020-10-31', 'da', true)).toBe('31. okt. 2020');
    expect(formatAsOf('2022-12-31', 'en')).toBe('31 December 2022');
    expect(formatAsOf('latest', 'da')).toBe('seneste kilde');
  });
});
