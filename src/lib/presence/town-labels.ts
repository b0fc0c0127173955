import type { Feature, Point } from 'geojson';
import type { LabelProps } from '@/model/base-map';
import type { Obstacle } from './area-features';
import { project } from './mercator';

/** Zoomed out only the largest towns are named; [from zoom, up to rank] steps after rank 1. */
export const TOWN_RANK_STEPS = [
  [6.2, 2],
  [7.4, 3],
] as const;

export function townRankAt(zoom: number): number {
  return TOWN_RANK_STEPS.reduce<number>((rank, [from, r]) => (zoom >= from ? r : rank), 1);
}

/** The base map's towns named at this zoom. */
export function townsAt(labels: readonly Feature<Point, LabelProps>[], zoom: number) {
  return labels.filter((l) => l.properties.kind === 'town' && (l.properties.rank ?? 99) <= townRankAt(zoom));
}

/** A town's dot, as something the area chips keep off (px). */
export const TOWN_DOT_RADIUS = 4;

/** How near a presence's place a town's own point may lie and still be that town (px). */
const SAME_PLACE = 4;

/**
 * Towns named at this zoom with markers drawn on or around them, and how far those reach (px): the
 * town's name goes beyond them instead of under them. Sorted by name, so equal layouts compare equal.
 */
export function townClearances(
  labels: readonly Feature<Point, LabelProps>[],
  reach: readonly Obstacle[],
  zoom: number,
): [name: string, px: number][] {
  const spots = reach.map((r) => ({ at: project(r.at, zoom), radius: r.radius }));
  const out: [string, number][] = [];
  for (const town of townsAt(labels, zoom)) {
    const [x, y] = project(town.geometry.coordinates as [number, number], zoom);
    const hit = spots.filter((s) => Math.hypot(s.at[0] - x, s.at[1] - y) <= SAME_PLACE);
    if (hit.length) out.push([town.properties.name, Math.max(...hit.map((s) => s.radius))]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
