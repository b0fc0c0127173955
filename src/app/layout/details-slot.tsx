import { Suspense } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useAppStore } from '@/state/store';
import { DatasetStatus } from '@/components/dataset-status';
import { Loading } from '@/components/loading';
import { ChangesPanel, ClusterPanel, CoveragePanel, SourceReader, StatusOverview } from './lazy-panels';

/**
 * What the right-hand panel shows: the source reader when open, the coverage analysis in the
 * coverage view, else the selected cluster or the status overview.
 */
export function DetailsSlot() {
  const { t } = useTranslation();
  const readerOpen = useAppStore((s) => s.readerOpen);
  const view = useAppStore((s) => s.view);
  const clusterId = useAppStore((s) => s.selectedClusterId);
  const comparing = useAppStore((s) => s.sourceMode === 'all' && s.changesSince !== null);
  const panel =
    view === 'coverage' ? (
      <CoveragePanel />
    ) : clusterId ? (
      <ClusterPanel clusterId={clusterId} />
    ) : comparing ? (
      <ChangesPanel />
    ) : (
      <StatusOverview />
    );
  // The panel stays mounted (hidden) under the reader, so closing the reader hands focus back to the
  // exact "Vis i notatet" button that opened it, with its quote still expanded.
  return (
    <>
      {readerOpen && (
        <Suspense fallback={<Loading label={t('loading.reader')} />}>
          <SourceReader />
        </Suspense>
      )}
      <div hidden={readerOpen}>
        {/* The coverage panel reports a failed dataset itself, beside its controls. */}
        {view !== 'coverage' && <DatasetStatus />}
        <Suspense fallback={<Loading label={t('loading.panel')} />}>{panel}</Suspense>
      </div>
    </>
  );
}
