/**
 * The first view's data (the base map, the dataset, the glyphs) waits until the page has shown its
 * first contentful paint. The header and the status overview's introduction come from the app's own
 * bundle and strings; fetched beside them, the map's data made that first text wait on the same two
 * cores and line, and a load audit (Lighthouse's largest contentful paint, simulated on a slow line)
 * counts every download that starts before that text against it. MapLibre's own code still loads
 * at once (src/main.tsx): the map needs it first, and the data arrives while it starts.
 * Only the app's entry holds fetches (holdUntilFirstPaint); a test or a tool fetches at once.
 */
let painted: Promise<void> = Promise.resolve();

/** Holds every later afterFirstPaint() until the returned `release` is called. */
export function holdUntilFirstPaint(): () => void {
  let release = () => {};
  painted = new Promise<void>((resolve) => (release = resolve));
  return release;
}

/** Resolves once the first paint is behind us (at once when nothing holds it). */
export const afterFirstPaint = (): Promise<void> => painted;

/**
 * A lazily loaded part's code, requested once the first paint is behind us: the header's buttons,
 * the legend and the panels are not part of the first text, and a chunk requested before it counts
 * against that text in a load audit as the data would.
 */
export const importAfterFirstPaint = <T>(load: () => Promise<T>): Promise<T> => painted.then(load);

/**
 * Runs `run` once the browser reports the first contentful paint as shown (not merely scheduled: on
 * a software-rendered screen a frame takes hundreds of milliseconds to appear), or after `maxWaitMs`
 * at most. A hidden tab paints nothing, so it does not wait; a browser that does not report paints
 * waits for the next frame instead.
 */
export function onFirstContentfulPaint(run: () => void, maxWaitMs = 1000): void {
  let observer: PerformanceObserver | null = null;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, maxWaitMs);
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return once();
  const reportsPaint =
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  if (!reportsPaint) {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) once();
  });
  observer.observe({ type: 'paint', buffered: true });
}
