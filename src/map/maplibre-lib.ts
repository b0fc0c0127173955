/**
 * The parts of MapLibre the map uses. react-map-gl imports 'maplibre-gl' as a whole module, which
 * keeps all of it in the bundle; the build points that import here instead (scripts/vite/
 * maplibre-subset.ts), so unused controls, markers and the globe-control code drop out.
 * react-map-gl reads anything else it might call (RTL plugin, worker count) only when a prop asks.
 */
export {
  AttributionControl,
  Map,
  NavigationControl,
  Popup,
  ScaleControl,
  prewarm,
  setWorkerUrl,
} from 'maplibre-gl';
