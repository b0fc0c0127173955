import { describe, expect, it } from 'vitest';
import { words } from '@/testing/describe-words';
import { formatAsOf, formatFactDate } from './fact-date';

describe('formatFactDate', () => {
  it('says a day, a month, a season, a year or that there is no date, in the reader’s language', () => {
    const da = (date: string | null, precision: Parameters<typeof formatFactDate>[0]['precision']) =>
      formatFactDate({ date, precision }, 'da', words('da').t);
    expect(da('2022-03-15', 'day')).toBe('15. marts 2022');
    expect(da('2022-03', 'month')).toBe('marts 2022');
    expect(da('2021-autumn', 'season')).toBe('efterår 2021');
    expect(da('2020', 'year')).toBe('2020');
    expect(da(null, 'undated')).toBe('udateret');
    expect(formatFactDate({ date: '2021-autumn', precision: 'season' }, 'en', words('en').t)).toBe(
      'autumn 2021',
    );
    expect(formatFactDate({ date: null, precision: 'undated' }, 'en', words('en').t)).toBe('undated');
  });

  it('says a chosen date, short for the header, or the latest source', () => {
    const latest = (key: string) => (key === 'latest' ? 'seneste kilde' : key);
    expect(formatAsOf('2020-10-31', 'da', latest, true)).toBe('31. okt. 2020');
    expect(formatAsOf('2022-12-31', 'en', latest)).toBe('31 December 2022');
    expect(formatAsOf('latest', 'da', latest)).toBe('seneste kilde');
  });
});
