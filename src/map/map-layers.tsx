import { lazy, Suspense } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { BaseMap } from '@/model/base-map';
import { useAppStore } from '@/state/store';
import { MAX_RING, MAX_RING_NARROW } from '@/lib/presence/point-features';
import { BaseLayers } from './layers/base-layers';
import { PresenceLayers } from './layers/presence-layers';
import { usePresenceLayout } from './layers/use-presence-layout';
import { useMapZoom } from './use-map-zoom';
import { useNarrowMap } from './use-narrow-map';

// The coverage view is not part of the first view: its layers load when it is opened.
const CoverageLayers = lazy(() =>
  import('./layers/coverage-layers').then((m) => ({ default: m.CoverageLayers })),
);
// Nor is an area's outline: it loads with the first area opened.
const SelectedAreaLayer = lazy(() =>
  import('./layers/selected-area-layer').then((m) => ({ default: m.SelectedAreaLayer })),
);

const NO_CLEARANCES: [string, number][] = [];

/**
 * Everything the map draws over its sea: the boundaries and names, then the presences (or the
 * coverage view), and an opened area's outline. Mounted once the base map is there (map-view.tsx).
 */
export function MapLayers({ map, baseMap }: { map: MapRef | null; baseMap: BaseMap }) {
  const borderLevel = useAppStore((s) => s.borderLevel);
  const view = useAppStore((s) => s.view);
  const selectedArea = useAppStore((s) => s.selectedArea);
  const zoom = useMapZoom(map ?? undefined);
  const layout = usePresenceLayout(baseMap, zoom, useNarrowMap(map) ? MAX_RING_NARROW : MAX_RING);
  return (
    <>
      <BaseLayers
        baseMap={baseMap}
        borderLevel={borderLevel}
        clearances={view === 'presences' ? layout.clearances : NO_CLEARANCES}
        zoom={zoom}
      />
      {selectedArea && (
        <Suspense fallback={null}>
          <SelectedAreaLayer baseMap={baseMap} area={selectedArea} />
        </Suspense>
      )}
      {view === 'coverage' ? (
        <Suspense fallback={null}>
          <CoverageLayers baseMap={baseMap} />
        </Suspense>
      ) : (
        <PresenceLayers layout={layout} />
      )}
    </>
  );
}
