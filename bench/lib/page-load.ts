/**
 * One cold load of a page: time to the first map idle, what it fetched before then, the JS heap, and
 * the time spent compiling and linking WebGL shader programs (on the CPU with software GL).
 */
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
  /** The paths counted in `gzipBytes`: what the first view loads. */
  firstViewPaths: string[];
  heapBytes: number;
  /** Milliseconds inside WebGL's shader and program calls before the first idle. */
  shaderMs: number;
}

/**
 * Times every WebGL call that compiles, links or checks a shader program. Drivers may defer the
 * work to the first status query, so the queries are timed too. Source text: tsx decorates real
 * functions with a `__name` helper the page lacks.
 */
const TIME_SHADER_CALLS = `(() => {
  const names = ['shaderSource', 'compileShader', 'attachShader', 'linkProgram', 'getShaderParameter',
    'getProgramParameter', 'getShaderInfoLog', 'getProgramInfoLog'];
  window.__shaderMs = 0;
  for (const gl of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!gl) continue;
    for (const name of names) {
      const original = gl.prototype[name];
      gl.prototype[name] = function (...args) {
        const start = performance.now();
        try { return original.apply(this, args); } finally { window.__shaderMs += performance.now() - start; }
      };
    }
  }
})()`;

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
export function gzipSize(root: string, path: string): number {
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
  await context.addInitScript(TIME_SHADER_CALLS);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_IDLE_MARK, {
    timeout: 60_000,
  });
  const mapError = await page.evaluate(() => document.body.dataset.mapError);
  if (mapError) throw new Error(`${url}: the map reported an error before its first idle: ${mapError}`);
  const shaderMs = await page.evaluate(() => (window as unknown as { __shaderMs: number }).__shaderMs);
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
  const firstViewPaths: string[] = [];
  for (const path of new Set(paths)) {
    const size = gzipSize(root, path);
    if (panels.has(path)) {
      panelGzipBytes += size;
      continue;
    }
    firstViewPaths.push(path);
    gzipBytes[KIND[extname(path)] ?? 'other'] += size;
    gzipBytes.total += size;
  }
  const heapBytes = await heapAfterGc(page);
  await context.close();
  return { idleMs, gzipBytes, panelGzipBytes, firstViewPaths, heapBytes, shaderMs };
}

export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}
