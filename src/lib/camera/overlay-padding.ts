/** A box in page pixels, as getBoundingClientRect gives it. */
export interface PixelRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * The camera padding that keeps a fitted area clear of whatever lies over the map: the legend, the
 * view switch, MapLibre's controls and attribution, a bottom sheet on a phone. Each cover is pushed
 * to the edge where excluding it loses the least map (a wide sheet: the bottom; a tall legend: the left),
 * then `margin` is added all round. If that leaves less than `minFree` of the map on an axis, the
 * paddings on that axis shrink proportionally: a fit slightly under a control beats no map at all.
 */
export function overlayPadding(
  map: PixelRect,
  covers: readonly PixelRect[],
  margin = 24,
  minFree = 0.3,
): Padding {
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const c of covers) {
    const box = {
      left: Math.max(c.left, map.left),
      top: Math.max(c.top, map.top),
      right: Math.min(c.right, map.right),
      bottom: Math.min(c.bottom, map.bottom),
    };
    if (box.right - box.left <= 0 || box.bottom - box.top <= 0) continue;
    const need: Padding = {
      top: box.bottom - map.top,
      right: map.right - box.left,
      bottom: map.bottom - box.top,
      left: box.right - map.left,
    };
    // Compared as shares of the map lost, so a full-width sheet never goes to a side edge.
    const share = (s: keyof Padding) => need[s] / (s === 'left' || s === 'right' ? width : height);
    const side = SIDES.reduce((best, s) => (share(s) < share(best) ? s : best));
    pad[side] = Math.max(pad[side], need[side]);
  }
  const result = {
    top: pad.top + margin,
    right: pad.right + margin,
    bottom: pad.bottom + margin,
    left: pad.left + margin,
  };
  shrink(result, 'left', 'right', width, minFree);
  shrink(result, 'top', 'bottom', height, minFree);
  return result;
}

function shrink<K extends keyof Padding>(p: Padding, a: K, b: K, size: number, minFree: number) {
  const allowed = size * (1 - minFree);
  const used = p[a] + p[b];
  if (used <= allowed || used === 0) return;
  const k = Math.max(allowed, 0) / used;
  p[a] = Math.floor(p[a] * k);
  p[b] = Math.floor(p[b] * k);
}

/**
 * Where to put a point the camera moves to, relative to the map's centre. Zero when the centre is in
 * the free part of the map (a desktop, where the overlays sit at the edges); else the free part's
 * centre (a phone, where the bottom sheet covers the middle of the map).
 */
export function pointOffset(width: number, height: number, padding: Padding): [number, number] {
  const free = {
    left: padding.left,
    top: padding.top,
    right: width - padding.right,
    bottom: height - padding.bottom,
  };
  const [cx, cy] = [width / 2, height / 2];
  const inside = cx >= free.left && cx <= free.right && cy >= free.top && cy <= free.bottom;
  if (inside) return [0, 0];
  return [(free.left + free.right) / 2 - cx, (free.top + free.bottom) / 2 - cy];
}
