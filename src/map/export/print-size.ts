import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAppStore } from '@/state/store';
import { DENMARK_BOUNDS } from '../camera';
import { measureOverlayPadding } from '../overlay-padding';

/** The next frame that leaves nothing to load or place: the one a print or a copy must wait for. */
function whenIdle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * A browser prints the map's canvas as last drawn. The printed map has its own size (the print
 * stylesheet's `--print-map-width` × `--print-map-height`, src/styles/print.css), so it is redrawn at
 * that size and put back afterwards: all of Denmark when the user had not moved the map, else at
 * least what the screen showed.
 */
function fitToContainer(map: MaplibreMap) {
  const target = useAppStore.getState().camera ? map.getBounds() : DENMARK_BOUNDS;
  const camera = { center: map.getCenter(), zoom: map.getZoom() };
  map.resize();
  map.fitBounds(target, { duration: 0, padding: measureOverlayPadding(map, 'map') });
  return () => {
    map.resize();
    map.jumpTo(camera);
  };
}

/** Before `window.print()`: draws the map at the printed size and waits until it is drawn. */
export async function drawAtPrintSize(map: MaplibreMap): Promise<() => void> {
  const container = map.getContainer();
  const { width, height } = container.style;
  container.style.width = 'var(--print-map-width)';
  container.style.height = 'var(--print-map-height)';
  const back = fitToContainer(map);
  await whenIdle(map);
  return () => {
    container.style.width = width;
    container.style.height = height;
    back();
  };
}

/**
 * Printing by other means (Ctrl+P, the browser's menu) switches the page to print media: the map is
 * refitted to its printed size and drawn at once, synchronously, before the browser takes the page.
 */
export function followPrintMedia(map: MaplibreMap): () => void {
  const query = window.matchMedia('print');
  let back: (() => void) | null = null;
  const onChange = () => {
    if (query.matches && !back) {
      back = fitToContainer(map);
      map.redraw();
    } else if (!query.matches && back) {
      back();
      back = null;
    }
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
