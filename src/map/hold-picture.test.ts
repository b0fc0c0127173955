import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { holdPictureWhileLoading, MAX_HOLD_MS } from './hold-picture';

/** A stand-in for MapLibre's map: a painter that counts pictures, a style that is loading or not. */
function fakeMap() {
  const drawn: string[] = [];
  const style = { loading: false, loaded: () => !style.loading };
  const map = {
    moving: false,
    repaints: 0,
    painter: {
      render(s: typeof style, label: string) {
        drawn.push(label);
        return s;
      },
    },
    isMoving: () => map.moving,
    triggerRepaint: () => {
      map.repaints++;
    },
  };
  const clock = { t: 0 };
  holdPictureWhileLoading(map as unknown as MaplibreMap, () => clock.t);
  const frame = (label: string) => map.painter.render(style, label);
  return { map, style, drawn, clock, frame };
}

describe('holdPictureWhileLoading', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the last picture while a change loads and draws once when it has', () => {
    const { style, drawn, clock, frame } = fakeMap();
    style.loading = true;
    frame('layout changed');
    clock.t = 50;
    frame('worker answered');
    clock.t = 120;
    style.loading = false;
    frame('tiles back');
    expect(drawn).toEqual(['tiles back']);
  });

  it('never holds while the camera moves', () => {
    const { map, style, drawn, frame } = fakeMap();
    style.loading = true;
    map.moving = true;
    frame('panning');
    expect(drawn).toEqual(['panning']);
  });

  it('draws what it has once the data is slower than the longest hold, and asks for that frame itself', () => {
    const { map, style, drawn, clock, frame } = fakeMap();
    style.loading = true;
    frame('held');
    expect(map.repaints).toBe(0);
    vi.advanceTimersByTime(MAX_HOLD_MS + 1);
    expect(map.repaints).toBe(1);
    clock.t = MAX_HOLD_MS + 1;
    frame('late');
    clock.t = MAX_HOLD_MS + 20;
    frame('later still');
    expect(drawn).toEqual(['late', 'later still']);
  });

  it('holds afresh for the next change once a complete picture was drawn', () => {
    const { style, drawn, clock, frame } = fakeMap();
    style.loading = true;
    frame('a');
    clock.t = MAX_HOLD_MS * 2;
    frame('b (hold over)');
    style.loading = false;
    frame('c');
    style.loading = true;
    clock.t = MAX_HOLD_MS * 3;
    frame('d (new change)');
    expect(drawn).toEqual(['b (hold over)', 'c']);
  });

  it('leaves a map without the internal painter alone, and wraps a painter once', () => {
    expect(() => holdPictureWhileLoading({} as MaplibreMap)).not.toThrow();
    const { map } = fakeMap();
    const wrapped = map.painter.render;
    holdPictureWhileLoading(map as unknown as MaplibreMap);
    expect(map.painter.render).toBe(wrapped);
  });
});
