import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBaseMap } from '@/data/base-map';
import { DataError } from '@/components/data-error';
import { Loading } from '@/components/loading';
import { useAppStore } from '@/state/store';
import { MapView } from './map-view';
import { MapUnavailable } from './map-unavailable';
import { webgl2Problem } from './webgl';

/** The map column: loads the base map, and says plainly when the map cannot run. */
export function MapArea() {
  const { t } = useTranslation();
  const baseMap = useBaseMap();
  const status = useAppStore((s) => s.mapStatus);
  const problem = useMemo(() => webgl2Problem(), []);

  if (problem) return <MapUnavailable message={problem} />;
  if (status.kind === 'unavailable') return <MapUnavailable message={status.message} />;
  if (baseMap.isPending) return <Loading label={t('loading.baseMap')} />;
  if (baseMap.isError) return <DataError error={baseMap.error} onRetry={() => void baseMap.refetch()} />;
  return <MapView baseMap={baseMap.data} />;
}
