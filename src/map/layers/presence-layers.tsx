/** Placeholder until issue 4: presences as circle and symbol layers, area presences as hatched areas. */
export function PresenceLayers() {
  return null;
}
