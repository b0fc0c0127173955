import type { Map as MaplibreMap } from 'maplibre-gl';

/** Pictures for documents are drawn at twice the screen's density at least, so they print sharply. */
export const EXPORT_PIXEL_RATIO = 2;

/**
 * Copies the map as drawn into a 2D canvas. The WebGL buffer is only readable during the frame that
 * drew it (no `preserveDrawingBuffer`, which would slow every frame), and MapLibre fires `idle`
 * synchronously at the end of a frame with nothing left to load or place, so the copy is taken there.
 * Loaded only when someone exports (use-map-exports.ts).
 */
export async function captureMap(
  map: MaplibreMap,
  pixelRatio = EXPORT_PIXEL_RATIO,
): Promise<HTMLCanvasElement> {
  const override = pixelRatio > map.getPixelRatio();
  if (override) map.setPixelRatio(pixelRatio);
  try {
    return await new Promise<HTMLCanvasElement>((resolve, reject) => {
      map.once('idle', () => {
        try {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const ctx = copy.getContext('2d');
          if (!ctx) throw new Error('no 2D canvas');
          ctx.drawImage(source, 0, 0);
          resolve(copy);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      map.triggerRepaint();
    });
  } finally {
    // null gives the map back to the device's own ratio (documented for setPixelRatio).
    if (override) map.setPixelRatio(null as unknown as number);
  }
}
