import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { Filter } from 'lucide-react';
import { useAppStore } from '@/state/store';

const CLUSTER_FACETS = ['businessAreas', 'clusters', 'tracks'] as const;

/** Says which filters narrow the count, and which do not apply in this view. */
export function CoverageScope({ counted, total }: { counted: number; total: number }) {
  const { t } = useTranslation(COVERAGE_NS);
  const filters = useAppStore((s) => s.filters);
  const includeAnnounced = useAppStore((s) => s.includeAnnounced);
  const active = CLUSTER_FACETS.filter((key) => filters[key].length > 0);
  const ignored =
    filters.statuses.length + filters.regions.length + filters.erhvervshus.length + filters.bases.length;
  return (
    <div className="flex gap-2 rounded-md bg-brand-soft/60 p-2 text-xs text-ink">
      <Filter aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-brand" />
      <p>
        {active.length
          ? t('scope.some', {
              filters: active.map((key) => t(`scope.${key}`)).join(', '),
              count: counted,
              total,
            })
          : t('scope.all', { total })}{' '}
        {t(includeAnnounced ? 'scope.statusesAnnounced' : 'scope.statuses')}
        {ignored > 0 && ` ${t('scope.ignored')}`}
      </p>
    </div>
  );
}
