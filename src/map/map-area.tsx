import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useBaseMap } from '@/data/base-map';
import { DataError } from '@/components/data-error';
import { Loading } from '@/components/loading';
import { useAppStore } from '@/state/store';
import { MapView } from './map-view';
import { webgl2Problem } from './webgl';

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

  if (problem) return <Unavailable message={problem} />;
  if (status.kind === 'unavailable') return <Unavailable message={status.message} />;
  return (
    <div className="relative h-full w-full">
      <MapView baseMap={baseMap.data} describedBy={describedBy} />
      {baseMap.isPending && (
        <div className="absolute inset-0 z-10 bg-canvas/70">
          <Loading label={t('loading.baseMap')} />
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
