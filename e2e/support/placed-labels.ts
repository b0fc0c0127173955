import type { Page } from '@playwright/test';

/** One box on the screen (CSS px) that the map has drawn, and what drew it. */
export interface PlacedBox {
  layer: string;
  /** The feature within its layer's tile: the icon and text of one symbol share it. */
  feature: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every label and icon MapLibre placed in its last frame, from its own collision index (the boxes it
 * hit-tests with, also those of symbols that may overlap or ignore placement), plus each marker's disc
 * as the box around it: the circles are drawn in a circle layer MapLibre's placement does not see, so
 * they are measured from their rendered features and their evaluated radius and stroke.
 */
export function placedBoxes(page: Page, markerLayers: readonly string[]): Promise<PlacedBox[]> {
  return page.evaluate((circleLayers) => {
    interface Grid {
      boxKeys: { bucketInstanceId: number; featureIndex: number }[];
      bboxes: number[];
      circleKeys: { bucketInstanceId: number; featureIndex: number }[];
      circles: number[];
    }
    interface Internals {
      style: {
        placement: {
          collisionIndex: { grid: Grid; ignoredGrid: Grid };
          retainedQueryData: Record<
            number,
            { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }
          >;
        };
        getLayer(id: string): {
          paint: {
            get(p: string): { evaluate(f: unknown, state: unknown): number } | number;
          };
        };
      };
    }
    const map = window.__klyngekortMap;
    if (!map) throw new Error('map test hook missing');
    const { style } = map as unknown as Internals;
    const { collisionIndex, retainedQueryData } = style.placement;
    // The collision grid extends 100 px past the viewport on every side (maplibre's viewportPadding).
    const PAD = 100;
    // Types are erased before the function runs in the page: the outer interface serves here too.
    const boxes: PlacedBox[] = [];
    for (const grid of [collisionIndex.grid, collisionIndex.ignoredGrid]) {
      grid.boxKeys.forEach((key, i) => {
        const data = retainedQueryData[key.bucketInstanceId];
        const layer = data?.featureIndex.bucketLayerIDs[data.bucketIndex]?.[0] ?? '?';
        const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4) as [number, number, number, number];
        boxes.push({
          layer,
          feature: `${key.bucketInstanceId}:${key.featureIndex}`,
          x1: x1 - PAD,
          y1: y1 - PAD,
          x2: x2 - PAD,
          y2: y2 - PAD,
        });
      });
    }
    const value = (v: { evaluate(f: unknown, s: unknown): number } | number, f: unknown) =>
      typeof v === 'number' ? v : v.evaluate(f, {});
    for (const layer of circleLayers) {
      const paint = style.getLayer(layer).paint;
      for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
        const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        const { x, y } = map.project([lng, lat]);
        const r = value(paint.get('circle-radius'), f) + value(paint.get('circle-stroke-width'), f) / 2;
        boxes.push({ layer, feature: String(f.properties.id), x1: x - r, y1: y - r, x2: x + r, y2: y + r });
      }
    }
    return boxes;
  }, markerLayers);
}

/** Pairs of boxes from different symbols that share more than `tolerance` px each way. */
export function overlaps(boxes: readonly PlacedBox[], tolerance = 0.5): [PlacedBox, PlacedBox][] {
  const out: [PlacedBox, PlacedBox][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.layer === b.layer && a.feature === b.feature) continue;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > tolerance && h > tolerance) out.push([a, b]);
    }
  });
  return out;
}
