/**
 * The benchmark's floor: a bare MapLibre page that draws the same base-map data with the same
 * layer styles as Klyngekort, and nothing else (no React, no panels, no dataset). It marks its
 * first idle with the base layers drawn, as the app does.
 */
import { Map as MaplibreMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { decodeBaseMap } from '../../src/model/base-map';
import { createBaseStyle } from '../../src/map/styles/base-style';
import * as style from '../../src/map/styles/base-layers';
import { DENMARK_BOUNDS, FIT_PADDING, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/map/camera';
import { FIRST_IDLE_MARK } from '../../src/map/first-idle-mark';
import { BASE_TILE_BUFFER } from '../../src/map/layers/tile-buffer';

setWorkerUrl(workerUrl);
const data = fetch(`${import.meta.env.BASE_URL}geo/denmark.topo.json`)
  .then((r) => r.json())
  .then(decodeBaseMap);
const map = new MaplibreMap({
  container: 'map',
  style: createBaseStyle(),
  bounds: DENMARK_BOUNDS,
  fitBoundsOptions: { padding: FIT_PADDING },
  maxBounds: MAX_BOUNDS,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
});

const layer = (source: string, spec: object) => ({ ...spec, source }) as LayerSpecification;

// A style the baseline cannot draw would make it lighter than the app and every ratio a lie: say so
// where the bench reads the page (page-load.ts), instead of measuring a broken floor.
map.on('error', (e) => {
  document.body.dataset.mapError = e.error?.message ?? 'unknown map error';
});

map.on('load', async () => {
  const base = await data;
  const sources = {
    neighbours: [base.neighbours, [style.neighbourFill]],
    land: [base.municipalities, [style.landFill]],
    'municipality-borders': [base.borders.municipality, [style.municipalityBorders]],
    coastline: [base.borders.coastline, [style.coastline]],
    'admin-borders': [base.borders.region, [style.adminBorderCasing, style.adminBorder]],
    labels: [base.labels, [style.regionLabels, style.townDots]],
    // No markers here, so no town name has to keep clear of any: the app's town names with no clearances.
    'town-labels': [style.townLabelData(base.labels, []), [style.townLabels]],
  } as const;
  for (const [id, [geojson, layers]] of Object.entries(sources)) {
    // The app's tile buffer: labels keep MapLibre's default, fills and lines use BASE_TILE_BUFFER.
    const buffer = id === 'labels' || id === 'town-labels' ? {} : { buffer: BASE_TILE_BUFFER };
    map.addSource(id, { type: 'geojson', data: geojson as GeoJSON.GeoJSON, ...buffer });
    for (const spec of layers) map.addLayer(layer(id, spec));
  }
  (window as unknown as { __baselineMap: MaplibreMap }).__baselineMap = map;
  map.once('idle', () => {
    performance.mark(FIRST_IDLE_MARK);
    document.body.dataset.mapReady = 'true';
  });
});
