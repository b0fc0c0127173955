import { describe, expect, it } from 'vitest';
import { BUSINESS_AREA_IDS } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from './business-area-style';
import { contrast, readableTextColor } from './readable-text';

describe('readableTextColor', () => {
  it('reads at 4.5:1 or better on every business-area colour', () => {
    for (const id of BUSINESS_AREA_IDS) {
      const { color } = BUSINESS_AREA_STYLE[id];
      expect(contrast(color, readableTextColor(color)), id).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('picks black on the olive and teal where white falls short', () => {
    expect(readableTextColor('#999933')).toBe('#000000');
    expect(readableTextColor('#0f8a8a')).toBe('#000000');
    expect(readableTextColor('#332288')).toBe('#ffffff');
  });
  it('knows the extremes', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
  });
});
