import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useBaseMap } from '@/data/base-map';
import { DataError } from '@/components/data-error';
import { Loading } from '@/components/loading';
import { useAppStore } from '@/state/store';
import { useAfterFirstPaint } from '@/hooks/use-after-first-paint';
import { MapView } from './map-view';
import { webgl2Problem } from './webgl';
import { BASE_COLORS } from './styles/palette';

// Only a browser without WebGL 2, or a map that failed to start, needs this: not the first view.
const MapUnavailable = lazy(() => import('./map-unavailable').then((m) => ({ default: m.MapUnavailable })));

function Unavailable({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading label={t('loading.baseMap')} />}>
      <MapUnavailable message={message} />
    </Suspense>
  );
}

interface Props {
  /** The id of an element that describes what the map shows (the embed's description). */
  describedBy?: string;
}

/** The map column: starts the map, loads the base map beside it, and says plainly when either fails. */
export function MapArea({ describedBy }: Props) {
  const { t } = useTranslation();
  const baseMap = useBaseMap();
  const status = useAppStore((s) => s.mapStatus);
  const problem = useMemo(() => webgl2Problem(), []);
  // MapLibre's start (a WebGL context, its shaders) holds the main thread and the GPU for hundreds of
  // milliseconds with software GL: started after the first text is on screen, not before it.
  const painted = useAfterFirstPaint();

  if (problem) return <Unavailable message={problem} />;
  if (status.kind === 'unavailable') return <Unavailable message={status.message} />;
  return (
    // The sea's colour from the first paint: the map column looks like the map it is about to be,
    // not a blank that the map replaces seconds later.
    <div className="relative h-full w-full" style={{ backgroundColor: BASE_COLORS.sea }}>
      {painted && <MapView baseMap={baseMap.data} describedBy={describedBy} />}
      {baseMap.isPending && (
        <div className="absolute inset-0 z-10 flex items-center justify-center">
          <div className="rounded-md bg-paper/90">
            <Loading label={t('loading.baseMap')} />
          </div>
        </div>
      )}
      {baseMap.isError && (
        <div className="absolute inset-0 z-10 flex items-center justify-center bg-canvas/80">
          <DataError error={baseMap.error} onRetry={() => void baseMap.refetch()} />
        </div>
      )}
    </div>
  );
}
