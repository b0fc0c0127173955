import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';

/** Clicks `trigger` (or runs it: a key press) and returns the file it downloads: its name and bytes. */
export async function download(page: Page, trigger: Locator | (() => Promise<unknown>)) {
  const act = typeof trigger === 'function' ? trigger() : trigger.click();
  const [file] = await Promise.all([page.waitForEvent('download'), act]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await savedPath(file)) };
}

async function savedPath(file: Download): Promise<string> {
  const path = await file.path();
  if (!path) throw new Error(`download ${file.suggestedFilename()} failed: ${await file.failure()}`);
  return path;
}

export interface PictureStats {
  width: number;
  height: number;
  /** Standard deviation of the grey value (0–255) inside `box`. */
  spread: number;
  /** Distinct colours inside `box`, up to 4096 counted. */
  colours: number;
}

/**
 * Decodes a PNG in the page (createImageBitmap; no fetch, which the app's CSP would stop) and
 * measures how much is drawn inside `box` ([x, y, w, h] in image pixels; whole image if omitted).
 */
export function pictureStats(page: Page, png: Buffer, box?: [number, number, number, number]) {
  return page.evaluate(
    async ({ bytes, box }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const [x, y, w, h] = box ?? [0, 0, bitmap.width, bitmap.height];
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(bitmap, -x, -y);
      const data = ctx.getImageData(0, 0, w, h).data;
      let sum = 0;
      let squares = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        const grey = 0.299 * r + 0.587 * g + 0.114 * b;
        sum += grey;
        squares += grey * grey;
        if (colours.size < 4096) colours.add((r >> 4) * 256 + (g >> 4) * 16 + (b >> 4));
      }
      const n = data.length / 4;
      const mean = sum / n;
      return {
        width: bitmap.width,
        height: bitmap.height,
        spread: Math.sqrt(Math.max(squares / n - mean * mean, 0)),
        colours: colours.size,
      };
    },
    { bytes: [...png], box },
  );
}
