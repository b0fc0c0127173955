import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { BaseMap } from '@/model/base-map';
import type { Bounds } from '@/model/camera';
import { geometryBounds } from '../geo/bounds';
import { type AreaKind, type AreaRef } from '@/model/area';

const COLLECTION: Record<AreaKind, 'regions' | 'erhvervshus' | 'municipalities' | 'funen'> = {
  region: 'regions',
  erhvervshus: 'erhvervshus',
  municipality: 'municipalities',
  funen: 'funen',
};

/** The base map's polygon of an area, or undefined when the base map has no such area. */
export function areaFeature(
  baseMap: Pick<BaseMap, (typeof COLLECTION)[AreaKind]>,
  ref: AreaRef,
): Feature<Polygon | MultiPolygon, { code: string; name: string }> | undefined {
  return (
    baseMap[COLLECTION[ref.kind]].features as Feature<
      Polygon | MultiPolygon,
      { code: string; name: string }
    >[]
  ).find((f) => f.properties.code === ref.code);
}

/** What the camera frames for an area. */
export function areaBounds(baseMap: Parameters<typeof areaFeature>[0], ref: AreaRef): Bounds | null {
  const feature = areaFeature(baseMap, ref);
  return feature ? geometryBounds([feature.geometry]) : null;
}

/** Every area a link may name, as "kind:code", for checking a link once the base map has loaded. */
export function knownAreas(baseMap: Parameters<typeof areaFeature>[0]): Set<string> {
  return new Set(
    (Object.keys(COLLECTION) as AreaKind[]).flatMap((kind) =>
      baseMap[COLLECTION[kind]].features.map((f) => `${kind}:${f.properties.code}`),
    ),
  );
}
