/**
 * The Content-Security-Policy of the built app: everything from our own origin, no inline script.
 * MapLibre 6 loads its worker from a real same-origin URL, fetches glyphs and data with fetch, and
 * draws generated images from ImageData, so 'self' covers it. `data:`/`blob:` images serve the PNG
 * export; `blob:` reads, the base map's land and borders handed to the worker as URLs of their own
 * (src/map/layers/data-url.ts). Shipped as a <meta> tag (static hosting has no headers to set) and as
 * a header in preview.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
