import { WHITE_SPOT_COLORS } from '@/lib/coverage/patterns';
import type { LegendSwatch } from '@/lib/export/png-legend';
import { CASING_WIDTH, markerColor, SOURCE_BADGE_RADIUS, STATUS_MARKER } from '@/lib/presence/marker-style';
import { PRESENCE_COLORS } from '../styles/presence-palette';

const INK = PRESENCE_COLORS.ink;

/** Draws a legend key in a box at (x, y) of `size` CSS pixels, as the map draws that mark. */
export function drawSwatch(
  ctx: CanvasRenderingContext2D,
  swatch: LegendSwatch,
  x: number,
  y: number,
  size: number,
) {
  ctx.save();
  const cx = x + size / 2;
  const cy = y + size / 2;
  switch (swatch.kind) {
    case 'marker':
      marker(ctx, swatch, cx, cy, size);
      break;
    case 'chip': {
      ctx.fillStyle = swatch.color;
      roundRect(ctx, x - 2, y + 2, size + 4, size - 4, 3);
      ctx.fill();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.fillStyle = swatch.textColor;
      ctx.font = `600 10px ${FONT_FAMILY}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(swatch.code, cx, cy + 0.5);
      break;
    }
    case 'fill':
      box(ctx, x, y + 3, size, size - 6, swatch.color);
      break;
    case 'area-chip':
      box(ctx, x, y + 1, size, size - 2, 'rgba(31, 78, 95, 0.1)');
      ctx.fillStyle = swatch.color;
      roundRect(ctx, cx - size / 4, cy - size / 4, size / 2, size / 2, 2);
      ctx.fill();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1;
      ctx.stroke();
      break;
    case 'shared-town':
      for (const side of [-1, 1]) {
        ctx.beginPath();
        ctx.moveTo(cx, cy + 3);
        ctx.lineTo(cx + side * 5, cy - 3);
        ctx.strokeStyle = PRESENCE_COLORS.leg;
        ctx.lineWidth = 1;
        ctx.stroke();
        circle(ctx, cx + side * 5, cy - 3, 4);
        ctx.fillStyle = swatch.color;
        ctx.fill();
        ctx.strokeStyle = INK;
        ctx.stroke();
      }
      break;
    case 'stack': {
      const r = size / 2 - 1;
      circle(ctx, cx, cy, r);
      ctx.fillStyle = PRESENCE_COLORS.paper;
      ctx.fill();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1;
      ctx.stroke();
      const turn = (2 * Math.PI) / swatch.colors.length;
      swatch.colors.forEach((color, i) => {
        ctx.beginPath();
        ctx.arc(cx, cy, r - 2.5, -Math.PI / 2 + i * turn, -Math.PI / 2 + (i + 1) * turn);
        ctx.strokeStyle = color;
        ctx.lineWidth = 3;
        ctx.stroke();
      });
      ctx.fillStyle = INK;
      ctx.font = `600 9px ${FONT_FAMILY}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(String(swatch.colors.length), cx, cy + 0.5);
      break;
    }
    case 'white-spot':
      box(ctx, x, y + 3, size, size - 6, WHITE_SPOT_COLORS.ground);
      stripes(ctx, x, y + 3, size, size - 6, WHITE_SPOT_COLORS.stripe, 1.5, 6);
      break;
    case 'area-level':
      box(ctx, x, y + 3, size, size - 6, swatch.ground);
      for (const [dx, dy] of [
        [0.28, 0.35],
        [0.72, 0.7],
      ] as const) {
        ctx.beginPath();
        ctx.arc(x + dx * size, y + 3 + dy * (size - 6), 2, 0, 2 * Math.PI);
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.strokeStyle = INK;
        ctx.lineWidth = 1;
        ctx.stroke();
      }
      break;
  }
  ctx.restore();
}

export const FONT_FAMILY = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

function marker(
  ctx: CanvasRenderingContext2D,
  swatch: Extract<LegendSwatch, { kind: 'marker' }>,
  cx: number,
  cy: number,
  size: number,
) {
  const style = STATUS_MARKER[swatch.status];
  const color = markerColor(swatch.color, swatch.status);
  const r = size / 2 - style.ring - CASING_WIDTH - (swatch.inferred || swatch.selected ? 4 : 1);
  const outer = r + style.ring;
  if (swatch.inferred) {
    ctx.setLineDash([0.1, 3]);
    ctx.lineCap = 'round';
    ctx.lineWidth = 2;
    ctx.strokeStyle = PRESENCE_COLORS.leg;
    circle(ctx, cx, cy, outer + CASING_WIDTH + 2.5);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  circle(ctx, cx, cy, outer + CASING_WIDTH / 2);
  ctx.fillStyle = PRESENCE_COLORS.paper;
  ctx.fill();
  ctx.lineWidth = CASING_WIDTH;
  ctx.strokeStyle = PRESENCE_COLORS.casing;
  ctx.stroke();
  if (swatch.selected) {
    circle(ctx, cx, cy, outer + CASING_WIDTH + 2);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = PRESENCE_COLORS.selection;
    ctx.stroke();
  }
  ctx.globalAlpha = style.fillOpacity;
  circle(ctx, cx, cy, r);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.globalAlpha = 1;
  if (style.ring > 0) {
    circle(ctx, cx, cy, r + style.ring / 2);
    ctx.lineWidth = style.ring;
    ctx.strokeStyle = color;
    ctx.stroke();
  }
  if (swatch.user) {
    const at = outer * Math.SQRT1_2;
    circle(ctx, cx + at, cy - at, 4);
    ctx.fillStyle = INK;
    ctx.fill();
    ctx.strokeStyle = PRESENCE_COLORS.paper;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(cx + at - 2.2, cy - at);
    ctx.lineTo(cx + at + 2.2, cy - at);
    ctx.moveTo(cx + at, cy - at - 2.2);
    ctx.lineTo(cx + at, cy - at + 2.2);
    ctx.stroke();
  }
  if (swatch.status === 'closed') {
    ctx.beginPath();
    ctx.moveTo(cx + outer, cy - outer);
    ctx.lineTo(cx - outer, cy + outer);
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.strokeStyle = PRESENCE_COLORS.ink;
    ctx.stroke();
  }
  if (swatch.otherSource) {
    const at = (outer + CASING_WIDTH / 2) * Math.SQRT1_2;
    circle(ctx, cx + at, cy + at, SOURCE_BADGE_RADIUS);
    ctx.fillStyle = PRESENCE_COLORS.paper;
    ctx.fill();
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = PRESENCE_COLORS.ink;
    ctx.stroke();
    circle(ctx, cx + at, cy + at, SOURCE_BADGE_RADIUS * 0.38);
    ctx.fillStyle = PRESENCE_COLORS.ink;
    ctx.fill();
  }
}

function circle(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number) {
  ctx.beginPath();
  ctx.arc(cx, cy, Math.max(r, 0.5), 0, 2 * Math.PI);
}

function box(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, color: string) {
  ctx.fillStyle = color;
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = 'rgba(59, 70, 77, 0.6)';
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

/** Diagonal stripes clipped to the box, like the coverage map's white-spot hatch. */
function stripes(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  color: string,
  width: number,
  period: number,
) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  for (let d = -h; d < w + h; d += period) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + h);
    ctx.lineTo(x + d + h, y);
    ctx.stroke();
  }
  ctx.restore();
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}
