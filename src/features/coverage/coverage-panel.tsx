import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { DataError } from '@/components/data-error';
import { Loading } from '@/components/loading';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { usePopulation } from '@/data/population';
import { useCoverageAnalysis } from '@/hooks/use-coverage-analysis';
import { useAppStore } from '@/state/store';
import { AreaCards } from './area-cards';
import { AreasDownload } from './areas-download';
import { CountingRules } from './counting-rules';
import { CoverageControls } from './coverage-controls';
import { CoverageHeadline } from './coverage-headline';
import { CoverageMatrix } from './coverage-matrix';
import { CoverageScope } from './coverage-scope';
import { DistanceSection } from './distance-section';
import { useClusterName } from '@/components/use-cluster-name';
import { WhiteSpots } from './white-spots';

/**
 * The coverage view's panel: how well each area is covered, by which clusters, and what changes when
 * announced offices open. It writes to the store only (level, metric, focus requests); the map reacts.
 */
export function CoveragePanel() {
  const { t } = useTranslation(COVERAGE_NS);
  const analysis = useCoverageAnalysis();
  const dataset = useDataset();
  const baseMap = useBaseMap();
  const population = usePopulation();
  const failed = [dataset, baseMap, population].find((q) => q.error) ?? null;
  const allClusters = dataset.data?.clusters.length ?? 0;
  const clusterName = useClusterName();
  const metric = useAppStore((s) => s.coverageMetric);
  const level = useAppStore((s) => s.coverageLevel);
  const includeAnnounced = useAppStore((s) => s.includeAnnounced);
  const radius = useAppStore((s) => s.coverageRadius);
  const total = analysis?.clusterIds.length ?? 0;
  return (
    <div className="space-y-4 p-4">
      <header className="space-y-1">
        <h3 className="text-base font-semibold">{t('title')}</h3>
        <p className="text-xs text-muted">{t('intro')}</p>
      </header>
      {analysis && (
        <CoverageHeadline
          denmark={analysis.denmark}
          population={analysis.population}
          radius={radius}
          filtered={total < allClusters}
        />
      )}
      <CoverageControls />
      {failed ? (
        <DataError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !analysis ? (
        <Loading label={t('loading')} />
      ) : (
        <>
          <CoverageScope counted={total} total={allClusters} />
          <CountingRules />
          {metric !== 'clusters' && (
            <DistanceSection analysis={analysis} clusterName={clusterName} radius={radius} />
          )}
          <AreaCards
            areas={analysis.areas}
            residents={analysis.residents}
            radius={radius}
            level={level}
            total={total}
            includeAnnounced={includeAnnounced}
            clusterName={clusterName}
          />
          <AreasDownload
            areas={analysis.areas}
            residents={analysis.residents}
            level={level}
            includeAnnounced={includeAnnounced}
          />
          <WhiteSpots areas={analysis.areas} level={level} />
          <CoverageMatrix
            geography={analysis.geography}
            clusterIds={analysis.clusterIds}
            clusterName={clusterName}
          />
        </>
      )}
    </div>
  );
}
