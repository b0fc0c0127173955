import { describe, expect, it } from 'vitest';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { CLOSED_COLOR, PRESENCE_INK, STATUS_MARKER } from './marker-style';
import { areaChip, chipImageId, dottedRing, presenceImage, stackDisc, stackImageId } from './patterns';

const pixel = (img: { width: number; data: Uint8ClampedArray }, x: number, y: number) => [
  ...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
];
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

describe('presence images by id', () => {
  it('draws chips and stacks from their ids alone, and nothing for an id not theirs', () => {
    expect(presenceImage(chipImageId('life-science', 'planned', true))).toEqual(
      areaChip('life-science', 'planned', true),
    );
    expect(presenceImage(stackImageId(['construction', 'life-science']))).toEqual(
      stackDisc(['construction', 'life-science']),
    );
    for (const id of [
      'presence-chip:nowhere:established',
      'presence-chip:life-science:maybe',
      'presence-stack:construction,nowhere',
      'presence-hatch:life-science:0:1',
      '',
    ])
      expect(presenceImage(id), id).toBeNull();
  });
});

describe('areaChip', () => {
  it('is a solid square of the business area’s colour inside a dark casing when established', () => {
    const img = areaChip('energy-technology', 'established');
    const c = Math.floor(img.width / 2);
    expect(pixel(img, c, c)).toEqual([...hex(BUSINESS_AREA_STYLE['energy-technology'].color), 255]);
    expect(pixel(img, 0, 0)[3]).toBe(0);
    // Half-way down, the first opaque pixel from the left: the casing.
    const edge = [...Array(c).keys()].find((x) => (pixel(img, x, c)[3] ?? 0) > 250) ?? 0;
    expect(pixel(img, edge, c).slice(0, 3)).toEqual(hex(PRESENCE_INK));
  });

  it('is white inside a ring of its colour when only planned, greyed and struck through when closed', () => {
    const planned = areaChip('construction', 'planned');
    const c = Math.floor(planned.width / 2);
    expect(pixel(planned, c, c)).toEqual([255, 255, 255, 255]);
    const closed = areaChip('construction', 'closed');
    // The bar runs through the middle; beside it, the grey tint over white (STATUS_MARKER.closed).
    expect(pixel(closed, c, c).slice(0, 3)).toEqual(hex(PRESENCE_INK));
    const { fillOpacity } = STATUS_MARKER.closed;
    const tint = hex(CLOSED_COLOR).map((v) => Math.round(v * fillOpacity + 255 * (1 - fillOpacity)));
    const beside = pixel(closed, c - 8, c - 8).slice(0, 3);
    beside.forEach((v, i) => expect(Math.abs(v - (tint[i] ?? 0))).toBeLessThanOrEqual(1));
  });

  it('carries the "+" of an imported presence in its corner', () => {
    const [plain, user] = [
      areaChip('life-science', 'established'),
      areaChip('life-science', 'established', true),
    ];
    expect(user.data).not.toEqual(plain.data);
    const k = user.width - 6;
    expect(pixel(user, k, 5)).not.toEqual(pixel(plain, k, 5));
  });
});

describe('stackDisc', () => {
  it('cuts its band into one arc per presence, clockwise from the top, white in the middle', () => {
    const img = stackDisc(['energy-technology', 'construction']);
    const c = img.width / 2;
    const r = c - 5;
    expect(pixel(img, Math.floor(c), Math.floor(c))).toEqual([255, 255, 255, 255]);
    // Right half: the first arc; left half: the second.
    expect(pixel(img, Math.floor(c + r), Math.floor(c)).slice(0, 3)).toEqual(
      hex(BUSINESS_AREA_STYLE['energy-technology'].color),
    );
    expect(pixel(img, Math.floor(c - r), Math.floor(c)).slice(0, 3)).toEqual(
      hex(BUSINESS_AREA_STYLE.construction.color),
    );
  });
});

describe('dottedRing', () => {
  it('is clear in the middle and inked on the ring', () => {
    const img = dottedRing(12);
    const c = img.width / 2;
    expect(pixel(img, Math.floor(c), Math.floor(c))[3]).toBe(0);
    expect(pixel(img, Math.floor(c + 24), Math.floor(c))[3]).toBeGreaterThan(200);
  });

  it('inks every pixel by its nearest dot, though it measures only the two either side of its angle', () => {
    for (const radius of [3, 7, 12, 13.5, 20]) {
      const img = dottedRing(radius);
      const [r, dot, size] = [radius * 2, 1.3 * 2, img.width];
      const dots = Math.max(8, Math.round((2 * Math.PI * r) / (4 * dot)));
      const centres = Array.from({ length: dots }, (_, k): [number, number] => [
        size / 2 + r * Math.cos((2 * Math.PI * k) / dots),
        size / 2 + r * Math.sin((2 * Math.PI * k) / dots),
      ]);
      const alpha = (x: number, y: number) => {
        const nearest = Math.min(...centres.map(([cx, cy]) => Math.hypot(x + 0.5 - cx, y + 0.5 - cy)));
        return Math.round(255 * Math.min(1, Math.max(0, dot + 0.5 - nearest)));
      };
      const alphas = Array.from(
        { length: size * size },
        (_, i) => pixel(img, i % size, Math.floor(i / size))[3],
      );
      expect(alphas).toEqual(
        Array.from({ length: size * size }, (_, i) => alpha(i % size, Math.floor(i / size))),
      );
    }
  });
});
