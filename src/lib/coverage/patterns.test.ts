import { describe, expect, it } from 'vitest';
import { areaLevelPattern, whiteSpotPattern } from './patterns';

const pixel = (img: ReturnType<typeof whiteSpotPattern>, x: number, y: number) => [
  ...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
];

describe('patterns', () => {
  it('fills every pixel of the white-spot tile, stripes and ground, and repeats seamlessly', () => {
    const img = whiteSpotPattern();
    expect(img.data).toHaveLength(img.width * img.height * 4);
    const colours = new Set(
      Array.from({ length: img.width * img.height }, (_, i) =>
        pixel(img, i % img.width, Math.floor(i / img.width)).join(),
      ),
    );
    expect(colours.size).toBe(2);
    // Diagonal stripes: moving one step right and one step up lands on the same colour, across the edge too.
    expect(pixel(img, img.width - 1, 1)).toEqual(pixel(img, 0, 0));
  });

  it('leaves the area-level tile mostly clear so the class colour shows through', () => {
    const img = areaLevelPattern();
    let clear = 0;
    for (let i = 3; i < img.data.length; i += 4) if (img.data[i] === 0) clear++;
    expect(clear / (img.width * img.height)).toBeGreaterThan(0.7);
    expect(pixel(img, 7, 7)).toEqual([255, 255, 255, 255]);
  });
});
