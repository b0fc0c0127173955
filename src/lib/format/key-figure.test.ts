import { describe, expect, it } from 'vitest';
import { formatKeyFigure } from './key-figure';

const figure = (
  text: string,
  value: number,
  approx: 'over' | 'nearly' | 'about' | 'exact',
  unit: 'DKK' | 'count',
) => ({
  text,
  value,
  approx,
  unit,
});

describe('formatKeyFigure', () => {
  it('writes Danish amounts the Danish way', () => {
    expect(formatKeyFigure(figure('knap 1 mia.', 1e9, 'nearly', 'DKK'), 'da')).toBe('knap 1 mia. kr.');
    expect(formatKeyFigure(figure('over 1 mia. kr.', 1e9, 'over', 'DKK'), 'da')).toBe('over 1 mia. kr.');
    expect(formatKeyFigure(figure('400 mio. kr.', 4e8, 'exact', 'DKK'), 'da')).toBe('400 mio. kr.');
    expect(formatKeyFigure(figure('1,5 mia.', 1.5e9, 'exact', 'DKK'), 'da')).toBe('1,5 mia. kr.');
  });

  it('keeps the note’s own Danish qualifier', () => {
    expect(formatKeyFigure(figure('næsten 100', 100, 'nearly', 'count'), 'da')).toBe('næsten 100');
    expect(formatKeyFigure(figure('ca. 90', 90, 'about', 'count'), 'da')).toBe('ca. 90');
    expect(formatKeyFigure(figure('over 60', 60, 'over', 'count'), 'da')).toBe('over 60');
  });

  it('writes digits for small numbers the note spells out', () => {
    expect(formatKeyFigure(figure('tre', 3, 'exact', 'count'), 'da')).toBe('3');
  });

  it('uses Danish digit grouping', () => {
    expect(formatKeyFigure(figure('12.500', 12500, 'exact', 'count'), 'da')).toBe('12.500');
  });

  it('writes sensible English', () => {
    expect(formatKeyFigure(figure('knap 1 mia.', 1e9, 'nearly', 'DKK'), 'en')).toBe('almost DKK 1 bn');
    expect(formatKeyFigure(figure('400 mio. kr.', 4e8, 'exact', 'DKK'), 'en')).toBe('DKK 400 million');
    expect(formatKeyFigure(figure('næsten 100', 100, 'nearly', 'count'), 'en')).toBe('almost 100');
    expect(formatKeyFigure(figure('ca. 90', 90, 'about', 'count'), 'en')).toBe('about 90');
    expect(formatKeyFigure(figure('12.500', 12500, 'exact', 'count'), 'en')).toBe('12,500');
  });
});
