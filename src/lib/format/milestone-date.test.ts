import { describe, expect, it } from 'vitest';
import { formatMilestoneDate } from './milestone-date';

describe('formatMilestoneDate', () => {
  it('formats a day', () => {
    expect(formatMilestoneDate({ date: '2020-07-01', precision: 'day' }, 'da')).toBe('1. juli 2020');
    expect(formatMilestoneDate({ date: '2020-07-01', precision: 'day' }, 'en')).toBe('1 July 2020');
  });
  it('formats a month', () => {
    expect(formatMilestoneDate({ date: '2021-06', precision: 'month' }, 'da')).toBe('juni 2021');
    expect(formatMilestoneDate({ date: '2021-06', precision: 'month' }, 'en')).toBe('June 2021');
  });
  it('says "medio" for the middle of a year', () => {
    expect(formatMilestoneDate({ date: '2022', precision: 'mid-year' }, 'da')).toBe('medio 2022');
    expect(formatMilestoneDate({ date: '2022', precision: 'mid-year' }, 'en')).toBe('mid-2022');
  });
  it('does not slip to the day before in time zones west of UTC', () => {
    expect(formatMilestoneDate({ date: '2021-10-01', precision: 'day' }, 'en')).toBe('1 October 2021');
  });
});
