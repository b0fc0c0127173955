import { BUSINESS_AREA_IDS, type BusinessAreaId } from '@/model/schema';
import { countSlot, readCount, wordsFor } from '@/lib/presence/packed-counts';

/**
 * The names the first view needs to find imported presences on the map (picking, expanding an
 * aggregate), apart from their styles (imported-points.ts), which load only with an import.
 */
export const IMPORTED_SOURCES = {
  all: 'imported-presences',
  filtered: 'imported-presences-filtered',
} as const;

/**
 * Which aggregating source: `all` holds every aggregated presence and is shown while no filter is on
 * (most of the time, and where every filter change returns to); `filtered` holds those a filter lets
 * through and is empty while none is on. Going back to no filter then shows an index the worker
 * already has, instead of posting and clustering every point again.
 */
export type AggregatingSource = keyof typeof IMPORTED_SOURCES;

/** A layer of one of the two sources: the unfiltered one's keep the plain ids. */
export const importedLayerId = (id: string, source: AggregatingSource): string =>
  source === 'all' ? id : `${id}:filtered`;

/**
 * What an aggregate counts, each in a slot of its packed cluster properties (packed-counts.ts): its
 * presences of each business area, in BUSINESS_AREA_IDS order, then those the analyst imported.
 */
export const OWN_COUNT_SLOT = BUSINESS_AREA_IDS.length;
export const COUNT_WORDS = wordsFor(OWN_COUNT_SLOT + 1);
export const areaCountSlot = (area: BusinessAreaId): number => BUSINESS_AREA_IDS.indexOf(area);

/** The cluster property that holds packed word `word`. */
export const countWordProperty = (word: number) => `n:${word}`;

/** An aggregate's count in one slot, from its properties as MapLibre hands them out. */
export function aggregateCount(properties: Record<string, unknown>, slot: number): number {
  const { word, scale } = countSlot(slot);
  return readCount(Number(properties[countWordProperty(word)] ?? 0), scale);
}

/** The layers a pointer can hit: a single imported marker, an aggregate. */
export const IMPORTED_LAYER_IDS = { point: 'imported-body', aggregate: 'imported-aggregate' } as const;

/** The same layers of both sources (only the one shown is ever hit). */
export const IMPORTED_HIT_LAYERS = {
  point: [IMPORTED_LAYER_IDS.point, importedLayerId(IMPORTED_LAYER_IDS.point, 'filtered')],
  aggregate: [IMPORTED_LAYER_IDS.aggregate, importedLayerId(IMPORTED_LAYER_IDS.aggregate, 'filtered')],
};
