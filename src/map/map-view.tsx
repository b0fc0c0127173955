import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { AttributionControl, Map, NavigationControl, ScaleControl, type MapRef } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BaseMap } from '@/model/base-map';
import { useDataset } from '@/data/dataset';
import { useAppStore } from '@/state/store';
import { BaseLayers } from './layers/base-layers';
import { PresenceLayers } from './layers/presence-layers';
import { usePresenceLayout } from './layers/use-presence-layout';
import { useMapZoom } from './use-map-zoom';
import { useNarrowMap } from './use-narrow-map';
import { MAX_RING, MAX_RING_NARROW } from '@/lib/presence/point-features';
import { createBaseStyle } from './styles/base-style';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './camera';
import { useMapChromeLanguage } from './use-map-chrome-language';
import { useFocusRequests } from './use-focus-requests';
import { useSettledCamera } from './use-settled-camera';
import { exposeTestHook } from './test-hook';
import { skipRedundantPlacementFrame } from './single-placement-frame';
import { FIRST_IDLE_MARK } from './first-idle-mark';
import { useAttributionInset } from './use-attribution-inset';
import { workerUrl } from './prewarm';
import { styleValidationWanted, trustOwnStyle } from './trusted-style';
import { drawGeneratedImages } from './generated-images';

/**
 * Tiles kept per source once out of view. MapLibre's default fills to about 45 per source over a
 * session (six base-map sources, ~4 MB of heap); a tile that comes back into view is cut again
 * from the worker's GeoJSON index in a few milliseconds, so a small cache costs nothing visible.
 */
const TILE_CACHE_SIZE = 8;

// The coverage view is not part of the first view: its layers load when it is opened.
const CoverageLayers = lazy(() =>
  import('./layers/coverage-layers').then((m) => ({ default: m.CoverageLayers })),
);
// Nor is an area's outline: it loads with the first area opened.
const SelectedAreaLayer = lazy(() =>
  import('./layers/selected-area-layer').then((m) => ({ default: m.SelectedAreaLayer })),
);

// Nor are the map's picture and print: exports are offered once the first view is ready.
const MapExports = lazy(() => import('./export/use-map-exports').then((m) => ({ default: m.MapExports })));

const NO_CLEARANCES: [string, number][] = [];

interface Props {
  /** Undefined while the base map loads: the map starts at once so MapLibre and its worker load in parallel. */
  baseMap: BaseMap | undefined;
  /** The id of an element describing what the map shows, for the canvas a screen reader announces. */
  describedBy?: string;
}

export function MapView({ baseMap, describedBy }: Props) {
  const { t } = useTranslation('map');
  const [map, setMap] = useState<MapRef | null>(null);
  const [validateStyle] = useState(styleValidationWanted);
  const onMapRef = useCallback(
    (ref: MapRef | null) => {
      // Before the style loads, so that no layer is added (and checked, or asks for an image) first.
      if (ref && !validateStyle) trustOwnStyle(ref.getMap());
      if (ref) drawGeneratedImages(ref.getMap());
      setMap(ref);
    },
    [validateStyle],
  );
  const [ready, setReady] = useState(false);
  const borderLevel = useAppStore((s) => s.borderLevel);
  const view = useAppStore((s) => s.view);
  const selectedArea = useAppStore((s) => s.selectedArea);
  const setMapStatus = useAppStore((s) => s.setMapStatus);
  const datasetPending = useDataset().isPending;
  const mapStyle = useMemo(() => createBaseStyle(), []);
  const attribution = useMemo(
    () => [t('attribution.dagi'), t('attribution.naturalEarth'), t('attribution.geonames')],
    [t],
  );

  const zoom = useMapZoom(map ?? undefined);
  const layout = usePresenceLayout(baseMap, zoom, useNarrowMap(map) ? MAX_RING_NARROW : MAX_RING);

  useMapChromeLanguage(map);
  const { initialViewState, onMoveEnd } = useSettledCamera();
  useFocusRequests(map, baseMap);
  useAttributionInset(map);
  useEffect(() => {
    if (describedBy) map?.getCanvas().setAttribute('aria-describedby', describedBy);
  }, [map, describedBy]);

  const onIdle = useCallback(
    (e: { target: MaplibreMap }) => {
      // Ready means the first view a user came for: the base map and the presences, drawn.
      if (ready || !baseMap || datasetPending) return;
      setReady(true);
      // The benchmark reads this mark: navigation → first idle, compared with a bare MapLibre page.
      performance.mark(FIRST_IDLE_MARK);
      setMapStatus({ kind: 'ready' });
      // Only changes after the first view are held (hold-picture.ts), so its code loads after it too;
      // should it fail to load, the map draws every step of a change, as it would without it.
      import('./hold-picture').then(
        (m) => m.holdPictureWhileLoading(e.target),
        () => undefined,
      );
    },
    [ready, baseMap, datasetPending, setMapStatus],
  );
  // A dataset that fails after the map went idle changes nothing on the map, so no idle would
  // follow: one more frame brings one, and the map counts as ready without the presences.
  useEffect(() => {
    if (!ready && baseMap && !datasetPending) map?.getMap().triggerRepaint();
  }, [map, ready, baseMap, datasetPending]);

  return (
    <div className="relative h-full w-full" data-testid="map" data-map-ready={ready ? 'true' : 'false'}>
      <Map
        ref={onMapRef}
        validateStyle={validateStyle}
        workerUrl={workerUrl}
        mapStyle={mapStyle}
        initialViewState={initialViewState}
        onMoveEnd={onMoveEnd}
        maxBounds={MAX_BOUNDS}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        attributionControl={false}
        // Labels appear at once: a 300 ms fade on every filter change makes the map feel slow.
        fadeDuration={0}
        maxTileCacheSize={TILE_CACHE_SIZE}
        locale={{ 'Map.Title': t('label') }}
        style={{ width: '100%', height: '100%' }}
        onLoad={(e) => {
          skipRedundantPlacementFrame(e.target);
          exposeTestHook(e.target);
        }}
        onIdle={onIdle}
        onError={(e) => setMapStatus({ kind: 'unavailable', message: e.error?.message ?? String(e.error) })}
      >
        {baseMap && (
          <BaseLayers
            baseMap={baseMap}
            borderLevel={borderLevel}
            clearances={view === 'presences' ? layout.clearances : NO_CLEARANCES}
            zoom={zoom}
          />
        )}
        {baseMap && selectedArea && (
          <Suspense fallback={null}>
            <SelectedAreaLayer baseMap={baseMap} area={selectedArea} />
          </Suspense>
        )}
        {baseMap &&
          (view === 'coverage' ? (
            <Suspense fallback={null}>
              <CoverageLayers baseMap={baseMap} />
            </Suspense>
          ) : (
            <PresenceLayers layout={layout} />
          ))}
        {ready && map && (
          <Suspense fallback={null}>
            <MapExports map={map} />
          </Suspense>
        )}
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-right" unit="metric" />
        <AttributionControl position="bottom-right" compact={false} customAttribution={attribution} />
      </Map>
    </div>
  );
}
