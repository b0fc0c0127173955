import { useTranslation } from '@/i18n/use-translation';
import { OVERVIEW_NS } from '@/i18n/panel-strings';
import { REGION_CODES } from '@/model/schema';
import { BusinessAreaChip } from '@/components/business-area-chip';
import { clusterOpenerProps } from '@/components/cluster-opener';
import { businessAreaLabel, useLanguage } from '@/i18n/data-labels';
import { REGION_NAMES } from '@/lib/filter/area-names';
import type { ClusterSummary } from '@/lib/presence/cluster-summary';
import { PresenceCounts } from './presence-counts';
import { RegionGlyph } from './region-glyph';

interface Props {
  summary: ClusterSummary;
  onOpen: (clusterId: string) => void;
}

export function OverviewRow({ summary, onOpen }: Props) {
  const { t } = useTranslation(OVERVIEW_NS);
  const language = useLanguage();
  const { cluster } = summary;
  const kind = cluster.consolidation.kind ?? 'unknown';
  return (
    <tr className="border-t border-line align-top hover:bg-canvas">
      <th
        scope="row"
        className="sticky left-0 z-10 bg-paper p-0 text-left font-normal shadow-[1px_0_0_var(--color-line)]"
      >
        <button
          type="button"
          {...clusterOpenerProps(cluster.id)}
          onClick={() => onOpen(cluster.id)}
          className="flex min-h-11 w-36 items-start gap-1.5 px-2 py-1.5 text-left text-sm font-medium text-brand hover:underline"
        >
          <BusinessAreaChip area={cluster.businessArea.id} className="mt-px" />
          <span className="min-w-0 leading-snug">{cluster.shortName ?? cluster.name}</span>
        </button>
      </th>
      <td className="px-2 py-2">
        <PresenceCounts summary={summary} />
      </td>
      {REGION_CODES.map((code) => (
        <td key={code} className="px-0.5 py-2 text-center">
          <RegionGlyph state={summary.regions[code]} />
          <span className="sr-only">
            {t('regionCell', {
              region: REGION_NAMES[code][language],
              state: t(`regionState.${summary.regions[code]}`),
            })}
          </span>
        </td>
      ))}
      <td className="min-w-36 px-2 py-2 text-xs">{businessAreaLabel(cluster.businessArea.id, language)}</td>
      <td className="px-2 py-2 text-xs">{t(cluster.emerging.value ? 'track.emerging' : 'track.national')}</td>
      <td className={`min-w-28 px-2 py-2 text-xs ${kind === 'unknown' ? 'text-muted italic' : ''}`}>
        {t(`consolidation.${kind}`)}
      </td>
    </tr>
  );
}
