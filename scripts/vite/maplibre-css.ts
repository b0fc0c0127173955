import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** The id src/main.tsx imports MapLibre's stylesheet by. */
export const MAPLIBRE_CSS_ID = 'virtual:maplibre.css';
const RESOLVED = `\0${MAPLIBRE_CSS_ID}`;

/**
 * Parts of MapLibre's stylesheet for what the app never shows: the logo (three copies of an inline SVG,
 * most of the file), and the controls and markers it does not add (src/map/map-view.tsx adds zoom
 * buttons without a compass, a scale and an uncompacted attribution; popups are kept).
 */
const UNUSED =
  /maplibregl-(ctrl-logo|ctrl-geolocate|ctrl-globe|ctrl-fullscreen|ctrl-shrink|ctrl-compass|ctrl-terrain|user-location|marker)\b/;

/** MapLibre's stylesheet without the rules whose every selector names something in UNUSED. */
export function trimMaplibreCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((s) => !UNUSED.test(s));
    if (!kept.length) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  return root.toString();
}

/**
 * Serves MapLibre's stylesheet, trimmed, as `virtual:maplibre.css`: about 8 kB gzip less in the first
 * view than the whole file, and it follows the installed MapLibre on every build.
 */
export const maplibreCss = (): Plugin => ({
  name: 'klyngekort-maplibre-css',
  resolveId: (id) => (id === MAPLIBRE_CSS_ID ? RESOLVED : null),
  load(id) {
    if (id !== RESOLVED) return null;
    const file = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
    this.addWatchFile(file);
    return trimMaplibreCss(readFileSync(file, 'utf8'));
  },
});
