export type Namespaces = Record<string, Record<string, unknown>>;

/** `{'../locales/da/map.json': {...}}` → `{ map: {...} }`. */
export function toNamespaces(files: Record<string, Record<string, unknown>>): Namespaces {
  const namespaces: Namespaces = {};
  for (const [path, strings] of Object.entries(files)) {
    const namespace = /\/([\w-]+)\.json$/.exec(path)?.[1];
    if (namespace) namespaces[namespace] = strings;
  }
  return namespaces;
}
