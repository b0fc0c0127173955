import { describe, expect, it } from 'vitest';
import { BUSINESS_AREA_IDS } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from './business-area-style';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};

describe('business area style', () => {
  it('covers every business area with a unique colour and code', () => {
    const styles = BUSINESS_AREA_IDS.map((id) => BUSINESS_AREA_STYLE[id]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(14);
    expect(new Set(styles.map((s) => s.code)).size).toBe(14);
  });
  it('keeps the letter code readable on its colour (WCAG AA for large text, 3:1)', () => {
    for (const id of BUSINESS_AREA_IDS) {
      const { color, textColor } = BUSINESS_AREA_STYLE[id];
      expect(contrast(color, textColor), id).toBeGreaterThanOrEqual(3);
    }
  });
});
