import type { Presence } from '@/model/schema';

/**
 * The marks beside the statuses and business areas that a legend explains: only those the map can
 * draw for these presences. `shared`: a town with several presences (a ring with legs, or where
 * there is no room a stack with their count); `rings: false` when town presences are aggregated
 * instead (src/lib/presence/aggregated-points.ts).
 */
export type LegendMark = 'inferred' | 'imported' | 'area' | 'shared' | 'selected';

/** The translation key of each mark's explanation (namespace `legend` unless it says another). */
export const LEGEND_MARK_TEXT: Record<LegendMark, string> = {
  inferred: 'inferred',
  imported: 'imported:mark.legend',
  area: 'area',
  shared: 'shared',
  selected: 'selected',
};

export function legendMarks(
  presences: readonly Presence[],
  { selected, rings = true }: { selected: boolean; rings?: boolean },
): LegendMark[] {
  const shared = rings && sharesATown(presences);
  const marks: [LegendMark, boolean][] = [
    ['inferred', presences.some((p) => p.point && p.basis.type === 'inferred')],
    ['imported', presences.some((p) => p.basis.type === 'user')],
    ['area', presences.some((p) => p.area)],
    ['shared', shared],
    ['selected', selected],
  ];
  return marks.filter(([, shown]) => shown).map(([mark]) => mark);
}

/** Whether two presences stand in one town: stops at the first such pair. */
function sharesATown(presences: readonly Presence[]): boolean {
  const towns = new Set<string>();
  for (const p of presences) {
    if (!p.point) continue;
    const key = p.point.join();
    if (towns.has(key)) return true;
    towns.add(key);
  }
  return false;
}
