import { describe, expect, it } from 'vitest';
import { BUSINESS_AREA_IDS, type BusinessAreaId } from '@/model/schema';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import {
  AGGREGATE_SIZES,
  aggregateImage,
  aggregateImageId,
  aggregateSizeIndex,
  aggregateSteps,
  parseAggregateImageId,
} from './aggregate-image';
import { PATTERN_PIXEL_RATIO } from './patterns';

const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function pixel(image: { width: number; data: Uint8ClampedArray }, x: number, y: number) {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [...image.data.slice(i, i + 4)];
}

describe('the picture of an aggregate', () => {
  const [energy, , food] = BUSINESS_AREA_IDS as unknown as [BusinessAreaId, BusinessAreaId, BusinessAreaId];

  it('writes and reads its id, and refuses ids that are not one', () => {
    const picture = { size: 2, steps: aggregateSteps({ [energy]: 30, [food]: 10 }) };
    expect(picture.steps.filter((s) => s > 0)).toEqual([18, 6]);
    expect(parseAggregateImageId(aggregateImageId(picture))).toEqual(picture);
    expect(parseAggregateImageId('aggregate:9:1.2')).toBeNull();
    expect(parseAggregateImageId(`aggregate:1:${BUSINESS_AREA_IDS.map(() => 0).join('.')}`)).toBeNull();
    expect(parseAggregateImageId('presence-user-badge')).toBeNull();
  });

  it('grows with the count, in steps', () => {
    expect([1, 9, 10, 999, 1000, 20_000].map(aggregateSizeIndex)).toEqual([0, 0, 1, 2, 3, 4]);
  });

  it('is a ring in the areas’ colours by share, clockwise from the top, around a white disc', () => {
    const size = 2;
    const image = aggregateImage({ size, steps: aggregateSteps({ [energy]: 3, [food]: 1 }) });
    const { radius, ring } = AGGREGATE_SIZES[size];
    const c = image.width / 2;
    const mid = (radius - ring / 2) * PATTERN_PIXEL_RATIO;
    expect(pixel(image, 0, 0)[3]).toBe(0);
    expect(pixel(image, c, c)).toEqual([255, 255, 255, 255]);
    // Three quarters energy from 12 o'clock round to 9; the last quarter food.
    expect(hex(pixel(image, c + mid, c).slice(0, 3))).toBe(BUSINESS_AREA_STYLE[energy].color);
    expect(hex(pixel(image, c, c + mid).slice(0, 3))).toBe(BUSINESS_AREA_STYLE[energy].color);
    expect(hex(pixel(image, c - mid * Math.SQRT1_2, c - mid * Math.SQRT1_2).slice(0, 3))).toBe(
      BUSINESS_AREA_STYLE[food].color,
    );
    // The dark casing outside the ring.
    expect(hex(pixel(image, c + (radius + 0.6) * PATTERN_PIXEL_RATIO, c).slice(0, 3))).toBe('#1c2a33');
  });
});
