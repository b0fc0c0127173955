import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** Set by the end-to-end tests (e2e/support/fixtures.ts): MapLibre checks every layer as it is added. */
    __KLYNGEKORT_VALIDATE_STYLE__?: boolean;
  }
}

/**
 * Whether MapLibre should check this app's style against the style spec at run time: on the dev
 * server and under the end-to-end tests, where an invalid layer is refused and reported (the map
 * says it is unavailable, the test fails), not in the shipped app, where the same layers would only
 * be checked again. Read once, when the map is made.
 */
export function styleValidationWanted(): boolean {
  return import.meta.env.DEV || window.__KLYNGEKORT_VALIDATE_STYLE__ === true;
}

/** The style's setters that validate their input, and where each takes its options. */
const SETTERS = {
  addLayer: 2,
  addSource: 2,
  setFilter: 2,
  setPaintProperty: 3,
  setLayoutProperty: 3,
} as const;

type Setter = (...args: unknown[]) => unknown;

/**
 * Lets the map's style take this app's layers, sources, filters and paint and layout values
 * without checking each against the style spec. The map option `validateStyle: false` skips only
 * the first style: `Map.addLayer` and `addSource` pass no options on, so every `<Layer>` mounting
 * walks its expressions twice (once to validate, once to build) and serialises the whole style to
 * do it. That was 55 of the ~250 ms in which the dataset reaches the map (a trace, 4 December).
 *
 * Only this map's own Style instance is changed: a style set later would validate again.
 */
export function trustOwnStyle(map: MaplibreMap): void {
  const style = (map as unknown as { style?: Record<string, unknown> }).style;
  if (!style) return;
  for (const [name, at] of Object.entries(SETTERS)) {
    const original = style[name];
    if (typeof original !== 'function') continue;
    style[name] = function (this: unknown, ...args: unknown[]) {
      const head = Array.from({ length: at }, (_, i) => args[i]);
      return (original as Setter).apply(this, [
        ...head,
        { ...(args[at] as object | undefined), validate: false },
      ]);
    };
  }
}
