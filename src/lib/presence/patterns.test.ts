import { describe, expect, it } from 'vitest';
import { dottedRing, hatchImageId, hatchPattern, parseHatchImageId } from './patterns';

const alpha = (img: { width: number; data: Uint8ClampedArray }, x: number, y: number) =>
  img.data[(y * img.width + x) * 4 + 3] ?? -1;

describe('hatch images', () => {
  it('round-trips its id and rejects anything else', () => {
    const id = hatchImageId('maritime-and-logistics', 1, 3);
    expect(parseHatchImageId(id)).toEqual({ area: 'maritime-and-logistics', slot: 1, slots: 3 });
    expect(parseHatchImageId('presence-hatch:nowhere:0:1')).toBeNull();
    expect(parseHatchImageId('presence-hatch:life-science:3:3')).toBeNull();
  });

  it('tiles seamlessly: stripes leaving on the right come back on the left', () => {
    const img = hatchPattern('life-science', 0, 1);
    const column = (x: number) => Array.from({ length: img.height }, (_, y) => alpha(img, x, y));
    const shifted = [...column(img.width - 1).slice(1), column(img.width - 1)[0]];
    expect(column(0)).toEqual(shifted);
  });

  it('interleaves the stripes of overlapping areas', () => {
    const slots = [0, 1, 2].map((s) => hatchPattern('construction', s, 3));
    for (let x = 0; x < 64; x++) {
      const inked = slots.filter((img) => alpha(img, x, 0) > 128).length;
      expect(inked).toBeLessThanOrEqual(1);
    }
    expect(slots.every((img) => img.data.some((v, i) => i % 4 === 3 && v === 255))).toBe(true);
  });

  it('paints in the business area’s colour', () => {
    const img = hatchPattern('energy-technology', 0, 1);
    const i = img.data.findIndex((v, k) => k % 4 === 3 && v === 255) - 3;
    expect([img.data[i], img.data[i + 1], img.data[i + 2]]).toEqual([0x33, 0x22, 0x88]);
  });
});

describe('dottedRing', () => {
  it('is clear in the middle and inked on the ring', () => {
    const img = dottedRing(12);
    const c = img.width / 2;
    expect(alpha(img, Math.floor(c), Math.floor(c))).toBe(0);
    expect(alpha(img, Math.floor(c + 24), Math.floor(c))).toBeGreaterThan(200);
  });
});
