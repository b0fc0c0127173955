/**
 * The names the first view needs to find imported presences on the map (picking, expanding an
 * aggregate), apart from their styles (imported-points.ts), which load only with an import.
 */
export const IMPORTED_SOURCE = 'imported-presences';

/** The cluster property that counts an aggregate's presences of one business area. */
export const areaCountProperty = (area: string) => `n:${area}`;

/** The cluster property that counts an aggregate's presences the analyst imported ("your own"). */
export const OWN_COUNT_PROPERTY = 'n:own';

/** What a pointer can hit: a single imported marker, an aggregate. */
export const IMPORTED_HIT_LAYERS = { point: 'imported-body', aggregate: 'imported-aggregate' } as const;
