import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** Set by Playwright's addInitScript before the app loads; never by the app itself. */
    __KLYNGEKORT_TEST__?: boolean;
    __klyngekortMap?: MaplibreMap;
  }
}

/** E2E tests read rendered features and project points through the live map, only when they ask for it. */
export function exposeTestHook(map: MaplibreMap) {
  if (window.__KLYNGEKORT_TEST__) window.__klyngekortMap = map;
}
