import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import type { BusinessAreaId, Cluster, Presence, PresenceStatus } from '@/model/schema';
import { polygonAreaKm2 } from '@/lib/geo/area';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { areaGeometry } from './area-geometry';
import { hatchImageId } from './patterns';

export interface AreaPresenceProps {
  id: string;
  clusterId: string;
  status: PresenceStatus;
  businessAreaId: BusinessAreaId;
  color: string;
  /** Overlapping areas interleave their hatches: each takes one slot of the stripes. */
  slot: number;
  pattern: string;
}

export interface AreaLabelProps {
  id: string;
  clusterId: string;
  status: PresenceStatus;
  /** The cluster's short name, else its name; "+ " before it when the analyst imported the presence. */
  name: string;
  /** The place as the note writes it, when the area's own name does not already say it (Femern Bælt). */
  place: string;
  /** Position in the stack of labels that share an anchor, in lines from it. */
  line: number;
}

export interface AreaPresenceData {
  areas: FeatureCollection<MultiPolygon, AreaPresenceProps>;
  labels: FeatureCollection<Point, AreaLabelProps>;
}

type AreaPresence = Presence & { area: NonNullable<Presence['area']> };

const areaKey = (p: AreaPresence) => `${p.area.type}:${p.area.code}`;

/** Slots per group of presences whose areas share a municipality (Sjælland holds Lolland, too). */
function assignSlots(presences: AreaPresence[]): Map<string, { slot: number; slots: number }> {
  const groups: AreaPresence[][] = [];
  for (const p of presences) {
    const touching = groups.filter((g) =>
      g.some((q) => q.municipalityCodes.some((c) => p.municipalityCodes.includes(c))),
    );
    const merged = [...touching.flat(), p];
    for (const g of touching) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const slots = new Map<string, { slot: number; slots: number }>();
  for (const g of groups) g.forEach((p, slot) => slots.set(p.id, { slot, slots: g.length }));
  return slots;
}

/**
 * Where an area's labels go. A region's go under the base map's region name; other areas' on the
 * pole of the member municipality nearest the area's middle that holds no pin and no other area,
 * so labels and markers stay apart. A one-municipality area uses its own pole.
 */
function labelAnchor(
  p: AreaPresence,
  baseMap: BaseMap,
  occupied: Set<string>,
): { at: [number, number]; below: boolean } | null {
  if (p.area.type === 'region') {
    const name = baseMap.labels.features.find(
      (l) => l.properties.kind === 'region' && l.properties.code === p.area.code,
    );
    if (name) return { at: name.geometry.coordinates as [number, number], below: true };
  }
  const members = baseMap.municipalities.features.filter((m) =>
    p.municipalityCodes.includes(m.properties.code),
  );
  let [x, y, total] = [0, 0, 0];
  for (const m of members) {
    const km2 = polygonAreaKm2(m.geometry);
    [x, y, total] = [x + m.properties.pole[0] * km2, y + m.properties.pole[1] * km2, total + km2];
  }
  const distance = ([px, py]: [number, number]) => Math.hypot(px - x / total, py - y / total);
  const free = members.length > 1 ? members.filter((m) => !occupied.has(m.properties.code)) : members;
  const best = (free.length ? free : members)
    .map((m) => m.properties.pole)
    .sort((a, b) => distance(a) - distance(b))[0];
  return best ? { at: best, below: false } : null;
}

type Areas = AreaPresenceData['areas'];
type Labels = AreaPresenceData['labels'];

/** The area-level presences, in the clusters' order and then by id, so slots and stacks do not depend on the input order. */
function areaPresencesOf(presences: Presence[], clusters: Cluster[]): AreaPresence[] {
  const order = new Map(clusters.map((c, i) => [c.id, i]));
  return presences
    .filter((p): p is AreaPresence => p.area !== null)
    .sort((a, b) => (order.get(a.clusterId) ?? 0) - (order.get(b.clusterId) ?? 0) || (a.id < b.id ? -1 : 1));
}

const clusterOf = (clusters: Cluster[], id: string) => clusters.find((c) => c.id === id);

/**
 * The municipalities that hold a town marker, sorted: area labels keep off them. A list of codes,
 * so a caller can tell when a filter change leaves the labels' places alone.
 */
export function pinnedMunicipalities(presences: Presence[]): string[] {
  return [...new Set(presences.filter((p) => p.point).flatMap((p) => p.municipalityCodes))].sort();
}

/** Area-level presences as their polygons, for the hatch and the outline. City-level ones are left out. */
export function areaPresenceFeatures(presences: Presence[], clusters: Cluster[], baseMap: BaseMap): Areas {
  const areaPresences = areaPresencesOf(presences, clusters);
  const slots = assignSlots(areaPresences);
  const areas: Feature<MultiPolygon, AreaPresenceProps>[] = [];
  for (const p of areaPresences) {
    const cluster = clusterOf(clusters, p.clusterId);
    const geometry = areaGeometry(baseMap, p.area);
    if (!cluster || !geometry) continue;
    const { slot, slots: count } = slots.get(p.id) ?? { slot: 0, slots: 1 };
    const businessAreaId = cluster.businessArea.id;
    areas.push({
      type: 'Feature',
      geometry,
      properties: {
        id: p.id,
        clusterId: p.clusterId,
        status: p.status,
        businessAreaId,
        color: BUSINESS_AREA_STYLE[businessAreaId].color,
        slot,
        pattern: hatchImageId(businessAreaId, slot, count),
      },
    });
  }
  return { type: 'FeatureCollection', features: areas };
}

/**
 * One label per area-level presence, off the municipalities in `pinned` (see pinnedMunicipalities);
 * labels that share an anchor stack.
 */
export function areaPresenceLabels(
  presences: Presence[],
  pinned: readonly string[],
  clusters: Cluster[],
  baseMap: BaseMap,
): Labels {
  const areaPresences = areaPresencesOf(presences, clusters);
  const occupied = new Set(pinned);
  for (const p of areaPresences) if (p.area.type === 'municipality') occupied.add(p.area.code);
  const stacks = new Map<string, AreaPresence[]>();
  for (const p of areaPresences) stacks.set(areaKey(p), [...(stacks.get(areaKey(p)) ?? []), p]);

  const labels: Feature<Point, AreaLabelProps>[] = [];
  for (const p of areaPresences) {
    const cluster = clusterOf(clusters, p.clusterId);
    // Drawn only where the area is: no label for an area the base map lacks.
    if (!cluster || !areaGeometry(baseMap, p.area)) continue;
    const stack = stacks.get(areaKey(p)) ?? [p];
    const anchor = labelAnchor(p, baseMap, occupied);
    if (!anchor) continue;
    const mentioned = p.area.name.toLowerCase().includes(p.place.toLowerCase());
    labels.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: anchor.at },
      properties: {
        id: p.id,
        clusterId: p.clusterId,
        status: p.status,
        // "+" marks a presence the analyst imported, as the badge does on a marker.
        name: `${p.basis.type === 'user' ? '+ ' : ''}${cluster.shortName ?? cluster.name}`,
        place: mentioned ? '' : p.place,
        // Under a region's name (two lines) the stack starts below it; elsewhere it centres on the anchor.
        line: anchor.below ? stack.indexOf(p) + 2.4 : stack.indexOf(p) - (stack.length - 1) / 2,
      },
    });
  }
  return { type: 'FeatureCollection', features: labels };
}

/** Area-level presences as their polygons (hatch and outline) and one label each. */
export function areaPresenceData(
  presences: Presence[],
  clusters: Cluster[],
  baseMap: BaseMap,
): AreaPresenceData {
  return {
    areas: areaPresenceFeatures(presences, clusters, baseMap),
    labels: areaPresenceLabels(presences, pinnedMunicipalities(presences), clusters, baseMap),
  };
}
