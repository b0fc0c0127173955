import type { Map as MaplibreMap } from 'maplibre-gl';

/** The parts of MapLibre's (internal) Style this touches; checked at run time, see below. */
interface PlacementStyle {
  _updatePlacement: (
    transform: unknown,
    showCollisionBoxes: boolean,
    fadeDuration: number,
    ...rest: unknown[]
  ) => boolean;
  pauseablePlacement?: { isDone(): boolean };
  placement?: { stale: boolean };
}

const patched = new WeakSet<object>();

/**
 * One frame per data change, not two. When a frame's symbol placement includes symbol buckets that
 * changed since the last frame (every filter change: new markers, chips, town names), MapLibre marks
 * the placement it has just made stale, because with fading placement is spread over frames and may
 * have missed them. With `fadeDuration` 0 (this map) placement is full in every frame and the
 * changed buckets were already in it, but the stale mark still asks for another frame before the map
 * goes idle: an identical redraw, which with software WebGL is a whole frame (~100 ms) more after
 * every filter click. This clears the mark after a full placement, for maps without fading only.
 *
 * It wraps an internal method, so it checks that the method and fields are there and otherwise
 * leaves MapLibre as it is (a MapLibre upgrade that renames them costs the frame, nothing more).
 */
export function skipRedundantPlacementFrame(map: MaplibreMap): void {
  const style = (map as unknown as { style?: Partial<PlacementStyle> }).style;
  const proto = style && (Object.getPrototypeOf(style) as Partial<PlacementStyle>);
  if (!proto || patched.has(proto) || typeof proto._updatePlacement !== 'function') return;
  const original = proto._updatePlacement;
  patched.add(proto);
  proto._updatePlacement = function (
    this: PlacementStyle,
    transform,
    showCollisionBoxes,
    fadeDuration,
    ...rest
  ) {
    const dirty = original.call(this, transform, showCollisionBoxes, fadeDuration, ...rest);
    if (fadeDuration !== 0 || !this.pauseablePlacement?.isDone() || !this.placement) return dirty;
    this.placement.stale = false;
    return false;
  };
}
