import { useTranslation } from '@/i18n/use-translation';
import { OVERVIEW_NS } from '@/i18n/panel-strings';
import { REGION_CODES } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import { REGION_NAMES } from '@/lib/filter/area-names';
import type { SortKey } from '@/lib/presence/cluster-sort';
import type { ClusterSummary } from '@/lib/presence/cluster-summary';
import { OverviewRow } from './overview-row';
import { SortHeader } from '@/components/sort-header';
import type { SortDirection } from '@/model/sort';

interface Props {
  rows: ClusterSummary[];
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  onOpen: (clusterId: string) => void;
}

/**
 * The 14 clusters in a table that fits the 384 px panel: the cluster column stays put while the
 * rest scrolls sideways, so name, presences and regions show first.
 */
export function OverviewTable({ rows, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation(OVERVIEW_NS);
  const language = useLanguage();
  const header = (column: SortKey, extra: Partial<Parameters<typeof SortHeader>[0]> = {}) => (
    <SortHeader
      label={t(`columns.${column}`)}
      action={t('sortBy', { column: t(`columns.${column}`) })}
      direction={sort.key === column ? sort.direction : null}
      onSort={() => onSort(column)}
      rowSpan={2}
      {...extra}
    />
  );
  return (
    <div role="region" aria-label={t('tableLabel')} className="overflow-x-auto">
      <table className="w-max min-w-full border-collapse text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-canvas">
          <tr>
            {header('name', { className: 'sticky left-0 z-20 bg-canvas shadow-[1px_0_0_var(--color-line)]' })}
            {header('presences')}
            {header('regions', { colSpan: 5, rowSpan: 1, className: 'text-center' })}
            {header('businessArea')}
            {header('track')}
            {header('consolidation')}
          </tr>
          <tr>
            {REGION_CODES.map((code) => (
              <th
                key={code}
                scope="col"
                className="w-7 px-0.5 pb-1 text-center text-[10px] font-medium text-muted"
              >
                <abbr title={REGION_NAMES[code][language]} className="no-underline">
                  {t(`regionShort.${code}`)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <OverviewRow key={row.cluster.id} summary={row} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
