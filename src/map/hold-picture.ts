import type { Map as MaplibreMap } from 'maplibre-gl';

/** The parts of MapLibre's (internal) painter and style this touches; checked at run time, see below. */
interface Painter {
  render: (style: unknown, ...rest: unknown[]) => unknown;
}
interface LoadingStyle {
  loaded(): boolean;
}

/** Longest a changed map keeps showing its last picture while the new one loads. */
export const MAX_HOLD_MS = 400;

const held = new WeakSet<object>();

/**
 * After a data change (a filter, a date, a selection) the map keeps its last picture until the new
 * one is complete, then draws once. Without this MapLibre draws on every step of the change: the
 * layout change, the worker's new data, each tile as it comes back, frames that show the markers of
 * the last filter, or none at all for the clustered source that is being re-tiled. With software WebGL
 * each of those is a whole frame of the machine's time (README "Performance"), spent on pictures
 * nobody needs to see; the reader sees one change instead of a flicker.
 *
 * Installed once the map has first gone idle (map-view.tsx; the first picture fills in as it loads,
 * and this module's code loads after it); never holds while the camera moves (a pan shows what it has
 * at once), and never longer than MAX_HOLD_MS: if the data is slower than that, the map draws what it
 * has, as it would have without this.
 *
 * It wraps the internal painter's render method, so it checks that it is there and otherwise leaves
 * MapLibre as it is (a MapLibre upgrade that renames it costs the frames, nothing more).
 */
export function holdPictureWhileLoading(map: MaplibreMap, now: () => number = () => performance.now()): void {
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  if (!painter || held.has(painter) || typeof painter.render !== 'function') return;
  const render = painter.render;
  held.add(painter);
  let holdingSince: number | null = null;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  painter.render = function (this: Painter, style, ...rest) {
    const loading =
      typeof (style as Partial<LoadingStyle>)?.loaded === 'function' && !(style as LoadingStyle).loaded();
    if (loading && !map.isMoving()) {
      const t = now();
      holdingSince ??= t;
      if (t - holdingSince < MAX_HOLD_MS) {
        // Nothing else may ask for a frame (a tile that never answers): draw then, whatever has come.
        clearTimeout(fallback);
        fallback = setTimeout(() => map.triggerRepaint(), MAX_HOLD_MS - (t - holdingSince) + 1);
        return undefined;
      }
    } else holdingSince = null;
    clearTimeout(fallback);
    return render.call(this, style, ...rest);
  };
}
