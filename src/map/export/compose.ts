import { layoutPng, PNG_BOX, PNG_TEXT, type PngContent, type TextRole } from '@/lib/export/png-layout';
import { PRESENCE_COLORS } from '../styles/presence-palette';
import { drawSwatch, FONT_FAMILY } from './draw-swatch';

const font = (role: TextRole) => `${PNG_TEXT[role].weight} ${PNG_TEXT[role].size}px ${FONT_FAMILY}`;
const SWATCH = 18;

/**
 * Lays the captured map out with its title, summary, legend and sources on one white picture, at
 * `scale` device pixels per CSS pixel (the capture's own density, so the map is not resampled).
 */
export function composeMapImage(
  mapImage: HTMLCanvasElement,
  content: Omit<PngContent, 'map'>,
  scale: number,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  const measure = (text: string, role: TextRole) => {
    ctx.font = font(role);
    return ctx.measureText(text).width;
  };
  const map = { width: mapImage.width / scale, height: mapImage.height / scale };
  const layout = layoutPng({ ...content, map }, measure);
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);

  const { x, y, width, height } = layout.map;
  ctx.drawImage(mapImage, x, y, width, height);
  ctx.strokeStyle = '#d6dadd';
  ctx.lineWidth = 1;
  ctx.strokeRect(x - 0.5, y - 0.5, width + 1, height + 1);

  ctx.textBaseline = 'top';
  for (const text of layout.texts) {
    ctx.font = font(text.role);
    ctx.fillStyle = text.role === 'footer' ? '#4f5d66' : PRESENCE_COLORS.ink;
    ctx.fillText(text.text, text.x, text.y);
  }
  for (const row of layout.rows) {
    const top = row.y + (Math.min(row.height, PNG_TEXT.legend.lineHeight) - SWATCH) / 2;
    drawSwatch(ctx, row.row.swatch, row.x + (PNG_BOX.swatchWidth - SWATCH) / 2 - 4, top, SWATCH);
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))),
      'image/png',
    ),
  );
}
