/** One cold load of a page: time to the first map idle, what it fetched before then, and the JS heap. */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { FIRST_IDLE_MARK } from '../../src/map/first-idle-mark';

export interface LoadSample {
  idleMs: number;
  gzipBytes: { js: number; css: number; data: number; other: number; total: number };
  /** Lazily loaded panel chunks fetched before the first idle: reported, not counted in `gzipBytes`. */
  panelGzipBytes: number;
  heapBytes: number;
}

const KIND: Record<string, keyof LoadSample['gzipBytes']> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.json': 'data',
  '.pbf': 'data',
  '.md': 'data',
};

/** Gzip size of a served file, as a server compressing at the default level would transfer it. */
const gzipCache = new Map<string, number>();
function gzipSize(root: string, path: string): number {
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  // A 404 (e.g. a favicon the page never declared) transfers next to nothing.
  if (!gzipCache.has(file)) gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
  return gzipCache.get(file) as number;
}

export async function measureLoad(
  browser: Browser,
  url: string,
  root: string,
  panels: Set<string> = new Set(),
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_IDLE_MARK, {
    timeout: 60_000,
  });
  const { idleMs, paths } = await page.evaluate((mark) => {
    const idle = performance.getEntriesByName(mark)[0]?.startTime ?? NaN;
    const resources = performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime <= idle)
      .map((r) => r.name);
    return {
      idleMs: idle,
      paths: [location.href, ...resources].map((u) => decodeURIComponent(new URL(u).pathname)),
    };
  }, FIRST_IDLE_MARK);
  const gzipBytes = { js: 0, css: 0, data: 0, other: 0, total: 0 };
  let panelGzipBytes = 0;
  for (const path of new Set(paths)) {
    const size = gzipSize(root, path);
    if (panels.has(path)) {
      panelGzipBytes += size;
      continue;
    }
    gzipBytes[KIND[extname(path)] ?? 'other'] += size;
    gzipBytes.total += size;
  }
  const heapBytes = await heapAfterGc(page);
  await context.close();
  return { idleMs, gzipBytes, panelGzipBytes, heapBytes };
}

export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}
