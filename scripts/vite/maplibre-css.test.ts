import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from './maplibre-css';

const whole = readFileSync(
  createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'),
  'utf8',
);
const trimmed = trimMaplibreCss(whole);

describe('trimMaplibreCss', () => {
  it('keeps what the map and its controls need: canvas, zoom buttons, scale, attribution, popups', () => {
    for (const selector of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-group',
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-zoom-out',
      '.maplibregl-ctrl-scale',
      '.maplibregl-ctrl-attrib',
      '.maplibregl-popup-content',
      '.maplibregl-boxzoom',
    ]) {
      expect(trimmed, selector).toContain(selector);
    }
  });

  it('drops the logo and the controls the app never adds, and most of the bytes with them', () => {
    for (const selector of [
      'maplibregl-ctrl-logo',
      'maplibregl-ctrl-geolocate',
      'maplibregl-ctrl-fullscreen',
    ]) {
      expect(whole).toContain(selector);
      expect(trimmed).not.toContain(selector);
    }
    expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(whole).length / 2);
  });

  it('keeps a rule that also names something kept, without the dropped selectors', () => {
    const css = '.maplibregl-ctrl-compass,.maplibregl-ctrl-zoom-in{color:red}.maplibregl-ctrl-logo{x:1}';
    expect(trimMaplibreCss(css)).toBe('.maplibregl-ctrl-zoom-in{color:red}');
  });
});
