import { Suspense } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useAppStore, type AppState } from '@/state/store';
import { DatasetStatus } from '@/components/dataset-status';
import { Loading } from '@/components/loading';
import { OverviewHeading } from '@/components/overview-heading';
import {
  AreaProfilePanel,
  ChangesPanel,
  ClusterPanel,
  ComparePanel,
  CoveragePanel,
  SourceReader,
  StatusOverview,
} from './lazy-panels';

/** What changed between two dates is open (every source, a 'since' chosen). */
const changesShown = (s: AppState) => s.sourceMode === 'all' && s.changesSince !== null;

/** Nothing laid over the panel and nothing chosen for it: DetailsSlot shows the status overview. */
const overviewShown = (s: AppState) =>
  !s.readerOpen &&
  !s.compareOpen &&
  !s.selectedArea &&
  s.view !== 'coverage' &&
  !s.selectedClusterId &&
  !changesShown(s);

/**
 * What the right-hand panel shows, top first: the source reader when open; the comparison of areas;
 * an area's profile; then the coverage analysis in the coverage view, else the selected cluster, what
 * changed between two dates (every source, a 'since' chosen), or the status overview. What lies under the top panel stays mounted (hidden), so closing the top one
 * hands focus back to the exact control that opened it, scrolled where it was.
 */
export function DetailsSlot() {
  const { t } = useTranslation();
  const readerOpen = useAppStore((s) => s.readerOpen);
  const view = useAppStore((s) => s.view);
  const clusterId = useAppStore((s) => s.selectedClusterId);
  const changesOpen = useAppStore(changesShown);
  const area = useAppStore((s) => s.selectedArea);
  const compareOpen = useAppStore((s) => s.compareOpen);
  const panel =
    view === 'coverage' ? (
      <CoveragePanel />
    ) : clusterId ? (
      <ClusterPanel clusterId={clusterId} />
    ) : changesOpen ? (
      <ChangesPanel />
    ) : (
      <StatusOverview />
    );
  const loading = <Loading label={t('loading.panel')} panel />;
  return (
    <>
      {readerOpen && (
        <Suspense fallback={<Loading label={t('loading.reader')} />}>
          <SourceReader />
        </Suspense>
      )}
      <div hidden={readerOpen}>
        {compareOpen && (
          <Suspense fallback={loading}>
            <ComparePanel />
          </Suspense>
        )}
        {area && (
          <div hidden={compareOpen}>
            <Suspense fallback={loading}>
              <AreaProfilePanel area={area} />
            </Suspense>
          </div>
        )}
        <div hidden={compareOpen || !!area}>
          {/* The coverage panel reports a failed dataset itself, beside its controls. */}
          {view !== 'coverage' && <DatasetStatus />}
          <Suspense fallback={<DetailsPlaceholder />}>{panel}</Suspense>
        </div>
      </div>
    </>
  );
}

/**
 * While the panel's code loads (and before the side panels mount at all, app-shell.tsx): where the
 * status overview will be, its heading already, so the first paint reads as the dashboard it is.
 */
export function DetailsPlaceholder() {
  const { t } = useTranslation();
  const overview = useAppStore(overviewShown);
  return (
    <>
      {overview && <OverviewHeading />}
      <Loading label={t('loading.panel')} panel />
    </>
  );
}
