import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { CoverageView } from '@/hooks/use-coverage-analysis';
import { isWithin } from '@/lib/coverage/residents';
import type { RadiusKm } from '@/model/view';
import { useAppStore } from '@/state/store';
import { DistanceTable } from './distance-table';
import { CoverageSection } from './coverage-section';

/** Distance to the nearest counted presence: a one-line summary, then the sortable table. */
export function DistanceSection({
  analysis,
  clusterName,
  radius,
}: {
  analysis: CoverageView;
  clusterName: (id: string) => string;
  radius: RadiusKm;
}) {
  const { t } = useTranslation(COVERAGE_NS);
  const metric = useAppStore((s) => s.coverageMetric);
  const rows = analysis.distances;
  const nothing = rows.every((r) => r.km === null);
  const far = rows.filter((r) => r.km !== null && !isWithin(r, radius)).length;
  return (
    <CoverageSection id="coverage-distance-title" title={t('distance.title')}>
      <p className="text-sm">
        {nothing ? t('distance.nothing') : t('distance.summary', { far, total: rows.length, km: radius })}
      </p>
      {!nothing && (
        <DistanceTable
          rows={rows}
          geography={analysis.geography}
          population={analysis.population}
          radius={radius}
          clusterName={clusterName}
          // The residents view is about people: the biggest white spots by people first.
          initialSort={metric === 'residents' ? 'residents' : 'km'}
        />
      )}
    </CoverageSection>
  );
}
