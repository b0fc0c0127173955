import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Loads MapLibre and starts its web worker while React renders the rest of the page, instead of
 * when the map mounts: the worker's download and start-up then overlap the app's own start-up.
 * The map passes the same worker URL, so nothing is loaded twice.
 */
export function prewarmMap(): void {
  void import('./maplibre-lib')
    .then((maplibre) => {
      maplibre.setWorkerUrl(workerUrl);
      maplibre.prewarm();
    })
    .catch(() => {
      // Without MapLibre the map area reports the failure itself when it mounts.
    });
}

export { workerUrl };
