import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { OVERVIEW_NS } from '@/i18n/panel-strings';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { businessAreaLabel, useLanguage } from '@/i18n/data-labels';
import { INTL_LOCALE } from '@/model/locale';
import { sortSummaries, type SortKey } from '@/lib/presence/cluster-sort';
import { summariseClusters } from '@/lib/presence/cluster-summary';
import { memoPerInput } from '@/lib/memo/memo-last';
import type { Cluster, Presence } from '@/model/schema';
import { useAppStore } from '@/state/store';
import { OverviewHeading } from '@/components/overview-heading';
import { OverviewTable } from './overview-table';
import { RegionKey } from './region-key';
import type { SortDirection } from '@/model/sort';

const NO_CLUSTERS: Cluster[] = [];
// Kept per set of presences: clearing a filter shows the unfiltered overview without counting again.
const summariesOf = memoPerInput(
  (presences: Presence[], clusters: Cluster[], regionOf: (code: string) => string | undefined) =>
    summariseClusters(clusters, presences, regionOf),
);

/** The board member's first screen beside the map: all 14 clusters, sortable, each a click from its panel. */
export function StatusOverview() {
  const { t } = useTranslation(OVERVIEW_NS);
  const language = useLanguage();
  const { data } = useDataset();
  const { data: baseMap } = useBaseMap();
  const presences = useVisiblePresences();
  const selectCluster = useAppStore((s) => s.selectCluster);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'note',
    direction: 'ascending',
  });
  const regionOf = useMemo(() => {
    const regions = new Map(
      baseMap?.municipalities.features.map((f) => [f.properties.code, f.properties.region]),
    );
    return (code: string) => regions.get(code);
  }, [baseMap]);
  const rows = useMemo(() => {
    const summaries = summariesOf(presences, data?.clusters ?? NO_CLUSTERS, regionOf);
    const label = (s: (typeof summaries)[number]) => businessAreaLabel(s.cluster.businessArea.id, language);
    return sortSummaries(summaries, sort.key, sort.direction, label, INTL_LOCALE[language]);
  }, [data, presences, regionOf, sort, language]);
  const onSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'presences' || key === 'regions' ? 'descending' : 'ascending' },
    );
  if (!data) return <OverviewHeading />;
  return (
    <section aria-labelledby="overview-title" className="pb-4">
      <OverviewHeading />
      <OverviewTable rows={rows} sort={sort} onSort={onSort} onOpen={selectCluster} />
      <RegionKey />
      <p className="px-4 pt-1 text-xs text-muted">{t('scrollHint')}</p>
    </section>
  );
}
