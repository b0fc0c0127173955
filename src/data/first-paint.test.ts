import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  holdUntilFirstPaint,
  importAfterFirstPaint,
  onFirstContentfulPaint,
} from './first-paint';
import { fetchText } from './fetch';

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('holding downloads until the first paint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('fetches at once when nothing holds them', async () => {
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('starts no request until released, then the held one', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('text')));
    vi.stubGlobal('fetch', fetch);
    const release = holdUntilFirstPaint();
    const text = fetchText('/data/note.md');
    expect(await settled(text)).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
    release();
    await expect(text).resolves.toBe('text');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('requests a lazily loaded part only once released', async () => {
    const load = vi.fn(() => Promise.resolve({ part: 'panel' }));
    const release = holdUntilFirstPaint();
    const part = importAfterFirstPaint(load);
    expect(await settled(part)).toBe(false);
    expect(load).not.toHaveBeenCalled();
    release();
    await expect(part).resolves.toEqual({ part: 'panel' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('runs once on the first contentful paint, or after the longest wait without one', () => {
    vi.useFakeTimers();
    let report: (names: string[]) => void = () => {};
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(callback: (list: { getEntriesByName: (n: string) => unknown[] }) => void) {
          report = (names) => callback({ getEntriesByName: (n) => names.filter((m) => m === n) });
        }
        static supportedEntryTypes = ['paint'];
        observe() {}
        disconnect() {}
      },
    );
    const painted = vi.fn();
    onFirstContentfulPaint(painted, 1000);
    report(['first-paint']);
    expect(painted).not.toHaveBeenCalled();
    report(['first-contentful-paint']);
    vi.advanceTimersByTime(2000);
    expect(painted).toHaveBeenCalledTimes(1);

    const late = vi.fn();
    onFirstContentfulPaint(late, 1000);
    vi.advanceTimersByTime(999);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('waits for the next frame where the browser does not report paints', () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', { supportedEntryTypes: ['resource'] });
    let frame: () => void = () => {};
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => (frame = callback));
    const painted = vi.fn();
    onFirstContentfulPaint(painted, 1000);
    vi.advanceTimersByTime(10);
    expect(painted).not.toHaveBeenCalled();
    frame();
    vi.advanceTimersByTime(0);
    expect(painted).toHaveBeenCalledTimes(1);
  });
});
