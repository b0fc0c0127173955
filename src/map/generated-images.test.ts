import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RasterImage } from '@/lib/presence/patterns';
import { drawGeneratedImages, drawsImages } from './generated-images';

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
  return { images, ask, missing };
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
});
