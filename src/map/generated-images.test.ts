import { describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RasterImage } from '@/lib/presence/patterns';
import { drawAhead, drawGeneratedImages, drawsImages } from './generated-images';

function fakeMap() {
  const images = new Map<string, RasterImage>();
  const listeners: ((e: { id: string }) => void)[] = [];
  let resolver: ((id: string) => void) | null = null;
  const map = {
    hasImage: (id: string) => images.has(id),
    addImage: (id: string, image: RasterImage) => void images.set(id, image),
    setMissingStyleImageResolver: (r: (id: string) => void) => void (resolver = r),
    on: (_: string, listener: (e: { id: string }) => void) => void listeners.push(listener),
  };
  drawGeneratedImages(map as unknown as MaplibreMap);
  const ask = (id: string) => resolver?.(id);
  const missing = (id: string) => listeners.forEach((l) => l({ id }));
  return { map: map as unknown as MaplibreMap, images, ask, missing };
}

const picture = (width: number): RasterImage => ({
  width,
  height: 1,
  data: new Uint8ClampedArray(width * 4),
});

describe('images drawn when MapLibre asks', () => {
  let drawn = 0;
  drawsImages((id) => (id.startsWith('a:') ? (drawn++, picture(1)) : null));

  it('asks each kind in turn, draws an id once, and answers the missing-image event too', () => {
    const { images, ask, missing } = fakeMap();
    ask('a:1');
    ask('a:1');
    ask('c:1');
    expect([...images.keys()]).toEqual(['a:1']);
    expect(drawn).toBe(1);
    // A kind added after the map was made (a lazily loaded chunk's) is asked as well.
    drawsImages((id) => (id.startsWith('b:') ? picture(2) : null));
    missing('b:1');
    expect(images.get('b:1')?.width).toBe(2);
  });

  it('draws ahead in tasks of their own, a slice at a time, skipping what is drawn, until stopped', () => {
    vi.useFakeTimers();
    try {
      const { map, images, ask } = fakeMap();
      ask('a:2');
      const before = drawn;
      // Each image takes 5 ms of a 12 ms slice: three per task.
      let t = 0;
      const now = () => t;
      drawsImages((id) => (id.startsWith('d:') ? ((t += 5), picture(3)) : null));
      const stop = drawAhead(map, ['a:2', 'd:1', 'd:2', 'd:3', 'd:4', 'd:5'], now);
      expect(images.has('d:1')).toBe(false);
      vi.advanceTimersByTime(0);
      expect(['d:1', 'd:2', 'd:3'].every((id) => images.has(id))).toBe(true);
      expect(images.has('d:4')).toBe(false);
      stop();
      vi.runAllTimers();
      expect(images.has('d:4')).toBe(false);
      expect(drawn).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });
});
