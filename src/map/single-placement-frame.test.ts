import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { skipRedundantPlacementFrame } from './single-placement-frame';

/** A stand-in for MapLibre's Style: like it, marks a finished placement stale when buckets changed. */
function fakeStyle() {
  class Style {
    pauseablePlacement = {
      done: false,
      isDone() {
        return this.done;
      },
    };
    placement = { stale: false };
    calls = 0;
    _updatePlacement(
      _transform: unknown,
      _boxes: boolean,
      fadeDuration: number,
      bucketsChanged = true,
    ): boolean {
      this.calls++;
      this.pauseablePlacement.done = true;
      if (bucketsChanged) this.placement.stale = true;
      return this.placement.stale || fadeDuration > 0;
    }
  }
  return new Style();
}
const mapOf = (style: object) => ({ style }) as unknown as MaplibreMap;

describe('skipRedundantPlacementFrame', () => {
  it('without fading, a finished placement asks for no second frame and is not stale', () => {
    const style = fakeStyle();
    expect(style._updatePlacement({}, false, 0)).toBe(true);
    skipRedundantPlacementFrame(mapOf(style));
    expect(style._updatePlacement({}, false, 0)).toBe(false);
    expect(style.placement.stale).toBe(false);
  });

  it('leaves a fading map, and a placement not yet done, as MapLibre has them', () => {
    const style = fakeStyle();
    skipRedundantPlacementFrame(mapOf(style));
    expect(style._updatePlacement({}, false, 300)).toBe(true);
    expect(style.placement.stale).toBe(true);
    const unfinished = fakeStyle();
    skipRedundantPlacementFrame(mapOf(unfinished));
    unfinished.pauseablePlacement.isDone = () => false;
    expect(unfinished._updatePlacement({}, false, 0)).toBe(true);
    expect(unfinished.placement.stale).toBe(true);
  });

  it('wraps the method once however many maps share it', () => {
    const first = fakeStyle();
    const second = Object.create(Object.getPrototypeOf(first) as object) as typeof first;
    skipRedundantPlacementFrame(mapOf(first));
    const wrapped = first._updatePlacement;
    skipRedundantPlacementFrame(mapOf(second));
    expect(second._updatePlacement).toBe(wrapped);
  });

  it('does nothing where MapLibre has no such method (a renamed internal)', () => {
    const style = { placement: { stale: true } };
    expect(() => skipRedundantPlacementFrame(mapOf(style))).not.toThrow();
    expect(() => skipRedundantPlacementFrame(mapOf(undefined as unknown as object))).not.toThrow();
    expect(style.placement.stale).toBe(true);
  });
});
