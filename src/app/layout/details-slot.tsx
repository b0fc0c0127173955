import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/state/store';
import { Loading } from '@/components/loading';
import { ClusterPanel } from '@/features/cluster-panel/cluster-panel';
import { CoveragePanel } from '@/features/coverage/coverage-panel';
import { StatusOverview } from '@/features/overview/status-overview';

const SourceReader = lazy(() => import('@/features/source-reader/source-reader'));

/**
 * What the right-hand panel shows: the source reader when open, the coverage analysis in the
 * coverage view, else the selected cluster or the status overview.
 */
export function DetailsSlot() {
  const { t } = useTranslation();
  const readerOpen = useAppStore((s) => s.readerOpen);
  const view = useAppStore((s) => s.view);
  const clusterId = useAppStore((s) => s.selectedClusterId);
  if (readerOpen) {
    return (
      <Suspense fallback={<Loading label={t('loading.reader')} />}>
        <SourceReader />
      </Suspense>
    );
  }
  if (view === 'coverage') return <CoveragePanel />;
  if (clusterId) return <ClusterPanel clusterId={clusterId} />;
  return <StatusOverview />;
}
