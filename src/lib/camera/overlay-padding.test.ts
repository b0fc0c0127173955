import { describe, expect, it } from 'vitest';
import { overlayPadding, pointOffset, type PixelRect } from './overlay-padding';

const box = (left: number, top: number, width: number, height: number): PixelRect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** The desktop map at 1280×800: between the 320 px filters and the 384 px details column. */
const DESKTOP = box(320, 56, 576, 744);
/** The phone map at 390×844: under a two-row header, above the panel bar. */
const PHONE = box(0, 112, 390, 672);

describe('overlayPadding', () => {
  it('is the margin alone when nothing covers the map', () => {
    expect(overlayPadding(DESKTOP, [], 24)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });

  it('ignores what lies beside the map, such as the side panels on a desktop, and empty boxes', () => {
    expect(
      overlayPadding(DESKTOP, [box(0, 56, 320, 744), box(896, 56, 384, 744), box(500, 300, 0, 0)], 0),
    ).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });

  it('pushes a collapsed legend to the bottom and a tall open one to the left', () => {
    const collapsed = overlayPadding(DESKTOP, [box(328, 680, 256, 80)], 0);
    expect(collapsed).toMatchObject({ bottom: 120, left: 0 });
    const open = overlayPadding(DESKTOP, [box(328, 250, 256, 510)], 0);
    expect(open).toMatchObject({ left: 264, bottom: 0 });
  });

  it('keeps the top-left view switch at the top and the zoom buttons at the right', () => {
    const p = overlayPadding(DESKTOP, [box(330, 66, 330, 40), box(856, 66, 30, 60)], 0);
    expect(p).toEqual({ top: 50, right: 40, bottom: 0, left: 0 });
  });

  it('keeps a phone bottom sheet out of the fit, leaving the strip above it', () => {
    // A half-height sheet from y = 422 to the bottom of the screen, over the panel bar too.
    const p = overlayPadding(PHONE, [box(0, 422, 390, 422)], 24);
    expect(p.bottom).toBe(784 - 422 + 24);
    expect(p.left).toBe(24);
  });

  it('shrinks paddings that would leave almost no map, keeping their proportions', () => {
    const p = overlayPadding(PHONE, [box(0, 180, 390, 664), box(0, 112, 390, 60)], 0, 0.3);
    expect(p.top + p.bottom).toBeLessThanOrEqual(672 * 0.7);
    expect(p.bottom / p.top).toBeCloseTo(604 / 60, 0);
  });
});

describe('pointOffset', () => {
  it('leaves the point in the middle when the middle is free', () => {
    expect(pointOffset(576, 744, { top: 74, right: 64, bottom: 164, left: 24 })).toEqual([0, 0]);
  });

  it('moves the point to the middle of the strip a phone sheet leaves', () => {
    const [dx, dy] = pointOffset(390, 672, { top: 80, right: 24, bottom: 386, left: 24 });
    expect(dx).toBe(0);
    expect(dy).toBe((80 + (672 - 386)) / 2 - 336);
    expect(336 + dy).toBeGreaterThan(80);
    expect(336 + dy).toBeLessThan(672 - 386);
  });
});
