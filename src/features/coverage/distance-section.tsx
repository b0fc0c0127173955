import { useTranslation } from '@/i18n/use-translation';
import { FAR_KM } from '@/lib/coverage/classes';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { CoverageView } from '@/hooks/use-coverage-analysis';
import { DistanceTable } from './distance-table';
import { CoverageSection } from './coverage-section';

/** Distance to the nearest counted presence: a one-line summary, then the sortable table. */
export function DistanceSection({
  analysis,
  clusterName,
}: {
  analysis: CoverageView;
  clusterName: (id: string) => string;
}) {
  const { t } = useTranslation(COVERAGE_NS);
  const rows = analysis.distances;
  const nothing = rows.every((r) => r.km === null);
  const far = rows.filter((r) => r.km !== null && r.km >= FAR_KM).length;
  return (
    <CoverageSection id="coverage-distance-title" title={t('distance.title')}>
      <p className="text-sm">
        {nothing ? t('distance.nothing') : t('distance.summary', { far, total: rows.length, km: FAR_KM })}
      </p>
      {!nothing && <DistanceTable rows={rows} geography={analysis.geography} clusterName={clusterName} />}
    </CoverageSection>
  );
}
