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

/** Markers on the same spot start as one group; groups whose rings would touch merge until none do. */
function groupMarkers(items: Item[], gap: number): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const same = groups.find((g) => g.members[0]?.lon === item.lon && g.members[0]?.lat === item.lat);
    if (same) same.members.push(item);
    else groups.push({ members: [item], centre: item.px });
  }
  for (;;) {
    let worst: [number, number, number] | null = null;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const [a, b] = [groups[i] as Group, groups[j] as Group];
        const distance = Math.hypot(a.centre[0] - b.centre[0], a.centre[1] - b.centre[1]);
        const overlap = footprint(a, gap) + footprint(b, gap) + gap - distance;
        if (overlap > 0 && (!worst || overlap > worst[2])) worst = [i, j, overlap];
      }
    }
    if (!worst) return groups;
    const [i, j] = worst;
    const members = [...(groups[i] as Group).members, ...(groups[j] as Group).members].sort(byOrder);
    groups.splice(j, 1);
    groups[i] = { members, centre: mean(members) };
  }
}

/**
 * Places markers so none overlaps another at this zoom: every group of markers that would touch
 * (several clusters in one town, or towns close together when zoomed out) is spread on a ring
 * around the group's centre, in the direction of each marker's own place where there is one.
 * Deterministic: the result does not depend on the order of the input.
 */
export function spreadMarkers(inputs: MarkerInput[], zoom: number, gap: number): MarkerPlacement[] {
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
