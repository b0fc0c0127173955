import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '@/state/store';
import {
  MapImageUnavailable,
  prepareMapForPrint,
  PROVIDER_WAIT_MS,
  provideMapExports,
  requestMapImage,
  type MapExports,
} from './registry';

const REQUEST = { title: 'Klyngekort', summary: [], attributionLabel: 'Kortdata:', footer: [] };
const exportsOf = (blob: Blob): MapExports => ({
  image: () => Promise.resolve(blob),
  preparePrint: () => Promise.resolve(() => {}),
});

describe('the map exports registry', () => {
  afterEach(() => {
    vi.useRealTimers();
    useAppStore.getState().setMapStatus({ kind: 'loading' });
  });

  it('without a map, says so at once', async () => {
    useAppStore.getState().setMapStatus({ kind: 'unavailable', message: 'no WebGL' });
    await expect(requestMapImage(REQUEST)).rejects.toBeInstanceOf(MapImageUnavailable);
    const restore = await prepareMapForPrint();
    expect(restore()).toBeUndefined();
  });

  it('with the map ready and its export code still loading, waits for it', async () => {
    useAppStore.getState().setMapStatus({ kind: 'ready' });
    const blob = new Blob(['png']);
    const picture = requestMapImage(REQUEST);
    const unprovide = provideMapExports(exportsOf(blob));
    await expect(picture).resolves.toBe(blob);
    unprovide();
  });

  it('gives up after a while if the exports never come', async () => {
    vi.useFakeTimers();
    useAppStore.getState().setMapStatus({ kind: 'ready' });
    const picture = requestMapImage(REQUEST);
    const failed = expect(picture).rejects.toBeInstanceOf(MapImageUnavailable);
    await vi.advanceTimersByTimeAsync(PROVIDER_WAIT_MS + 1);
    await failed;
  });
});
