import { useTranslation } from '@/i18n/use-translation';
import { OVERVIEW_NS } from '@/i18n/panel-strings';
import { PRESENCE_STATUSES } from '@/model/schema';
import { StatusMarker } from '@/components/status-marker';
import { statusLabel, useFormatNumber, useLanguage } from '@/i18n/data-labels';
import type { ClusterSummary } from '@/lib/presence/cluster-summary';

/** Presences by status, as the map draws them: "●3 ○2"; unnamed locations when there are no named ones. */
export function PresenceCounts({ summary }: { summary: ClusterSummary }) {
  const { t } = useTranslation(OVERVIEW_NS);
  const language = useLanguage();
  const number = useFormatNumber();
  const unnamed = summary.cluster.unnamedLocations;
  if (summary.total === 0) {
    return (
      <span className="text-xs text-muted">
        {unnamed ? t('unnamed', { count: unnamed.count }) : t('noPresence')}
      </span>
    );
  }
  return (
    <ul className="flex flex-wrap gap-x-1.5 gap-y-0.5">
      {PRESENCE_STATUSES.filter((s) => summary.byStatus[s] > 0).map((status) => (
        <li key={status} className="inline-flex items-center gap-0.5 text-xs">
          <StatusMarker status={status} color="#44546a" size={13} />
          <span aria-hidden="true">{number(summary.byStatus[status])}</span>
          <span className="sr-only">
            {t('statusCount', {
              count: summary.byStatus[status],
              status: statusLabel(status, language).toLowerCase(),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
