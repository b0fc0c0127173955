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

export interface StackPlacement {
  /** The presences the stack stands for, in order. */
  ids: string[];
  /** Where it is drawn. */
  position: [number, number];
  /** Its own place: the town, or the middle of the towns it stands for; differs from `position` in a ring. */
  anchor: [number, number];
  /** How many markers share the stack's ring (1: drawn on its anchor). */
  groupSize: number;
  /** The towns it stands for: one, or several that crowd each other at this zoom. */
  towns: [number, number][];
}

export interface MarkerLayout {
  markers: MarkerPlacement[];
  stacks: StackPlacement[];
}

export interface StackOptions {
  /** The most markers one ring may hold. */
  maxRing: number;
  /** A stack's outer radius on screen, as a marker's `radius`. */
  stackRadius: number;
  /** A presence never hidden in a stack (the selected one: it stays in sight). */
  keep?: string | null;
}

const STACK = 'stack:';
const spotKey = (m: { lon: number; lat: number }) => `${m.lon},${m.lat}`;

/**
 * Places markers like spreadMarkers, with stacks where that would crowd the map. While a ring holds
 * more than `maxRing` markers, its fullest town becomes one stack marker that stands for all its
 * presences; a ring that still holds too many, or that holds a stack and anything else, becomes one
 * stack of all its towns. So zoomed out København and Aarhus with seven clusters each are two stacks
 * instead of one ring across half the country, and where towns crowd each other on a phone a stack
 * stands for them together; zoomed in, where there is room, they open into rings again. The kept
 * presence never goes into a stack. Deterministic: the result does not depend on the input order.
 */
export function layoutMarkers(
  inputs: MarkerInput[],
  zoom: number,
  gap: number,
  { maxRing, stackRadius, keep = null }: StackOptions,
): MarkerLayout {
  if (inputs.length > MAX_SPREAD) return { markers: spreadMarkers(inputs, zoom, gap), stacks: [] };
  const spots = new Map<string, MarkerInput[]>();
  for (const m of [...inputs].sort(byOrder)) spots.set(spotKey(m), [...(spots.get(spotKey(m)) ?? []), m]);
  const holdsKept = (key: string) => spots.get(key)?.some((m) => m.id === keep) ?? false;
  /** Each stack as the spots it stands for. */
  let stacks: string[][] = [];
  for (;;) {
    const stacked = new Set(stacks.flat());
    const items: Item[] = [...spots]
      .filter(([key]) => !stacked.has(key))
      .flatMap(([, members]) => members.map((m) => ({ ...m, px: project([m.lon, m.lat], zoom) })));
    stacks.forEach((keys, i) => {
      const members = keys.flatMap((key) => spots.get(key) ?? []);
      const px = mean(members.map((m) => ({ ...m, px: project([m.lon, m.lat], zoom) })));
      // One town: exactly on it (a round trip through pixels would move it a hair).
      const first = members[0] as MarkerInput;
      const [lon, lat] = keys.length === 1 ? [first.lon, first.lat] : unproject(px, zoom);
      const order = Math.min(...members.map((m) => m.order));
      items.push({ id: `${STACK}${i}`, lon, lat, radius: stackRadius, order, px });
    });
    items.sort(byOrder);
    const groups = groupMarkers(items, gap);
    const next =
      absorbNeighbours(groups, stacks, gap, holdsKept) ??
      stackFullest(groups, spots, maxRing, stacks, holdsKept);
    if (!next) return placeAll(groups, stacks, spots, zoom, gap);
    stacks = next;
  }
}

const stackIndex = (item: Item) => (item.id.startsWith(STACK) ? Number(item.id.slice(STACK.length)) : -1);

/**
 * A stack that shares a ring with markers whose places it would cover: it takes them in (their
 * towns join it), so a stack stays on its place instead of being moved onto a ring. Null when no
 * stack has such neighbours.
 */
function absorbNeighbours(
  groups: Group[],
  stacks: string[][],
  gap: number,
  holdsKept: (key: string) => boolean,
): string[][] | null {
  for (const group of groups) {
    for (const stack of group.members.filter((m) => stackIndex(m) >= 0)) {
      const near = group.members.filter((m) => {
        if (m === stack) return false;
        const keys = stackIndex(m) >= 0 ? (stacks[stackIndex(m)] ?? []) : [spotKey(m)];
        if (keys.some(holdsKept)) return false;
        return Math.hypot(m.px[0] - stack.px[0], m.px[1] - stack.px[1]) < stack.radius + m.radius + gap;
      });
      if (!near.length) continue;
      const taken = new Set(near.map(stackIndex).filter((i) => i >= 0));
      const joined = [
        ...(stacks[stackIndex(stack)] ?? []),
        ...near.flatMap((m) => (stackIndex(m) >= 0 ? (stacks[stackIndex(m)] ?? []) : [spotKey(m)])),
      ];
      return [
        ...stacks.filter((_, i) => i !== stackIndex(stack) && !taken.has(i)),
        [...new Set(joined)].sort(),
      ];
    }
  }
  return null;
}

/** A ring over `maxRing`: its fullest town (never the kept one) becomes a stack. Null when none can. */
function stackFullest(
  groups: Group[],
  spots: Map<string, MarkerInput[]>,
  maxRing: number,
  stacks: string[][],
  holdsKept: (key: string) => boolean,
): string[][] | null {
  const size = (key: string) => spots.get(key)?.length ?? 0;
  const stacked = new Set(stacks.flat());
  for (const group of groups) {
    if (group.members.length <= maxRing) continue;
    const fullest = [...new Set(group.members.filter((m) => stackIndex(m) < 0).map(spotKey))]
      .filter((key) => size(key) > 1 && !stacked.has(key) && !holdsKept(key))
      .sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0];
    if (fullest !== undefined) return [...stacks, [fullest]];
  }
  return null;
}

function placeAll(
  groups: Group[],
  stacks: string[][],
  spots: Map<string, MarkerInput[]>,
  zoom: number,
  gap: number,
): MarkerLayout {
  const markers: MarkerPlacement[] = [];
  const placedStacks: StackPlacement[] = [];
  for (const p of placeGroups(groups, zoom, gap)) {
    if (!p.id.startsWith(STACK)) {
      markers.push(p);
      continue;
    }
    const keys = stacks[Number(p.id.slice(STACK.length))] ?? [];
    placedStacks.push({
      ids: keys
        .flatMap((key) => spots.get(key) ?? [])
        .sort(byOrder)
        .map((m) => m.id),
      position: p.position,
      anchor: p.anchor,
      groupSize: p.groupSize,
      towns: keys.map((key) => key.split(',').map(Number) as [number, number]),
    });
  }
  return { markers, stacks: placedStacks.sort((a, b) => (a.ids[0] ?? '').localeCompare(b.ids[0] ?? '')) };
}

/**
 * Above this many markers a ring no longer helps anyone (the 20 000-presence benchmark would make
 * one ring the size of the country): the map aggregates them instead (aggregated-points.ts), and the
 * layout here just leaves each on its place.
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
  return placeGroups(groupMarkers(items, gap), zoom, gap);
}

/** Each group on its ring around the group's centre (alone: on its place), sorted by id. */
function placeGroups(groups: Group[], zoom: number, gap: number): MarkerPlacement[] {
  const placements: MarkerPlacement[] = [];
  for (const group of groups) {
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
