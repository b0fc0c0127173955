import { project, unproject } from './mercator';

export interface MarkerInput {
  id: string;
  lon: number;
  lat: number;
  /** The marker's outer radius in screen pixels, casing and halo included. */
  radius: number;
  /** Order around a ring; ties fall back to the id. */
  order: number;
}

export interface MarkerPlacement {
  id: string;
  /** Where the marker is drawn. */
  position: [number, number];
  /** The place itself; differs from `position` when the marker was moved aside. */
  anchor: [number, number];
  /** How many markers share this marker's ring (1: drawn on its place). */
  groupSize: number;
}

interface Item extends MarkerInput {
  px: [number, number];
}

interface Group {
  members: Item[];
  centre: [number, number];
}

/** Radius of a ring on which `n` markers of `radius` sit `gap` apart, edge to edge. */
export function ringRadius(n: number, radius: number, gap: number): number {
  if (n <= 1) return 0;
  return (2 * radius + gap) / (2 * Math.sin(Math.PI / n));
}

const maxRadius = (g: Group) => Math.max(...g.members.map((m) => m.radius));
const footprint = (g: Group, gap: number) => ringRadius(g.members.length, maxRadius(g), gap) + maxRadius(g);
const byOrder = (a: MarkerInput, b: MarkerInput) => a.order - b.order || (a.id < b.id ? -1 : 1);

function mean(items: Item[]): [number, number] {
  const x = items.reduce((s, m) => s + m.px[0], 0) / items.length;
  const y = items.reduce((s, m) => s + m.px[1], 0) / items.length;
  return [x, y];
}

/** Merges every pair of groups whose rings would touch, all at once; null when none do. */
function mergePass(groups: Group[], gap: number): Group[] | null {
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const reach = groups.map((g) => footprint(g, gap));
  let merged = false;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const [a, b] = [groups[i] as Group, groups[j] as Group];
      const distance = Math.hypot(a.centre[0] - b.centre[0], a.centre[1] - b.centre[1]);
      if (distance >= (reach[i] as number) + (reach[j] as number) + gap) continue;
      parent[root(j)] = root(i);
      merged = true;
    }
  }
  if (!merged) return null;
  const components = new Map<number, Item[]>();
  groups.forEach((g, i) => components.set(root(i), [...(components.get(root(i)) ?? []), ...g.members]));
  return [...components.values()].map((members) => {
    members.sort(byOrder);
    return { members, centre: mean(members) };
  });
}

/**
 * Markers on the same spot start as one group; then groups whose rings would touch merge, pass by
 * pass, until none do. A pass merges all touching pairs at once, so the result is the same
 * whatever the input order.
 */
function groupMarkers(items: Item[], gap: number): Group[] {
  const spots = new Map<string, Item[]>();
  for (const item of items)
    spots.set(`${item.lon},${item.lat}`, [...(spots.get(`${item.lon},${item.lat}`) ?? []), item]);
  let groups: Group[] = [...spots.values()].map((members) => ({ members, centre: mean(members) }));
  for (let next = mergePass(groups, gap); next; next = mergePass(groups, gap)) groups = next;
  return groups;
}

/**
 * Above this many markers a ring no longer helps anyone (the 20 000-presence benchmark would make
 * one ring the size of the country): markers are drawn on their places and may overlap.
 */
export const MAX_SPREAD = 300;

/**
 * Places markers so none overlaps another at this zoom: every group of markers that would touch
 * (several clusters in one town, or towns close together when zoomed out) is spread on a ring
 * around the group's centre, in the direction of each marker's own place where there is one.
 * Deterministic: the result does not depend on the order of the input.
 */
export function spreadMarkers(inputs: MarkerInput[], zoom: number, gap: number): MarkerPlacement[] {
  if (inputs.length > MAX_SPREAD) {
    return inputs.map((m) => ({ id: m.id, position: [m.lon, m.lat], anchor: [m.lon, m.lat], groupSize: 1 }));
  }
  const items: Item[] = [...inputs].sort(byOrder).map((m) => ({ ...m, px: project([m.lon, m.lat], zoom) }));
  const placements: MarkerPlacement[] = [];
  for (const group of groupMarkers(items, gap)) {
    const n = group.members.length;
    const r = ringRadius(n, maxRadius(group), gap);
    const [cx, cy] = group.centre;
    const angle = (m: Item) => Math.atan2(m.px[1] - cy, m.px[0] - cx);
    const spread = group.members.some((m) => Math.hypot(m.px[0] - cx, m.px[1] - cy) > 0.5);
    // Same spot: start at the top and go clockwise in the input order; else keep the compass order.
    const members = spread
      ? [...group.members].sort((a, b) => angle(a) - angle(b) || byOrder(a, b))
      : group.members;
    const start = spread ? angle(members[0] as Item) : -Math.PI / 2;
    members.forEach((m, k) => {
      const theta = start + (2 * Math.PI * k) / n;
      const px: [number, number] = n === 1 ? m.px : [cx + r * Math.cos(theta), cy + r * Math.sin(theta)];
      placements.push({
        id: m.id,
        position: n === 1 ? [m.lon, m.lat] : unproject(px, zoom),
        anchor: [m.lon, m.lat],
        groupSize: n,
      });
    });
  }
  return placements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
