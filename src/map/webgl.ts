/**
 * MapLibre 6 needs WebGL 2. A browser without the API is told at once. A throwaway probe context
 * would also catch a browser that has the API but cannot make a context, but costs a quarter of a
 * second with software GL on every load; that rarer case surfaces when MapLibre fails to create its
 * own context (MapView's onError) and ends in the same message.
 */
export function webgl2Problem(): string | null {
  return typeof WebGL2RenderingContext === 'undefined' ? 'WebGL 2 is not available' : null;
}
