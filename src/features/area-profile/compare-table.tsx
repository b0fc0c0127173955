import { useCallback } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { X } from 'lucide-react';
import type { Presence } from '@/model/schema';
import { openArea } from '@/components/open-area';
import { useLanguage } from '@/i18n/data-labels';
import {
  clusterCell,
  isRankMeasure,
  MEASURES,
  measureValue,
  RANK_OF,
  type CompareCell,
  type Measure,
} from '@/lib/area-profile/compare';
import type { AreaProfile } from '@/lib/area-profile/profile';
import { areaName, areaShortName } from '@/lib/area/area-name';
import { formatFixed } from '@/lib/format/figures';
import { formatNumber } from '@/model/locale';
import { useAppStore } from '@/state/store';

const LABEL_KEY: Record<Measure, string> = {
  kind: 'table.kind',
  residents: 'table.residents',
  share_of_denmark_percent: 'table.share',
  clusters_present: 'table.clustersPresent',
  residents_within_25km: 'table.within25',
  residents_within_50km: 'table.within50',
  rank_clusters: 'table.rankClusters',
  rank_within_25km: 'table.rank25',
  rank_within_50km: 'table.rank50',
};

export function useMeasureLabel(): (measure: Measure) => string {
  const { t } = useTranslation(AREA_NS);
  return useCallback((measure) => t(LABEL_KEY[measure]), [t]);
}

interface Props {
  profiles: readonly AreaProfile<Presence>[];
  clusterName: (id: string) => string;
  cellText: (cell: CompareCell) => string;
}

const cell = 'px-1 py-1 text-right align-top tabular-nums';

/** Measures as rows, then the clusters with their status in each area; each column opens its profile. */
export function CompareTable({ profiles, clusterName, cellText }: Props) {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  const measureLabel = useMeasureLabel();
  const toggle = useAppStore((s) => s.toggleCompared);
  const shown = (p: AreaProfile<Presence>, m: Measure): string => {
    if (isRankMeasure(m)) {
      const r = p.ranks?.[RANK_OF[m]];
      if (!r) return '–';
      const peers = t(`peers.${p.unit.level}`);
      return t(r.tied ? 'ranks.tied' : 'ranks.value', { position: r.position, of: r.of, peers });
    }
    const value = measureValue(p, m);
    if (m === 'kind') return t(`kinds.${p.unit.level}`);
    if (m === 'share_of_denmark_percent')
      return t('table.percent', { percent: formatFixed(Number(value), language) });
    return formatNumber(Number(value), language);
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-xs" data-testid="compare-table">
        <caption className="mb-1 text-left text-xs text-muted">{t('table.caption')}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="px-1 py-1 text-left font-semibold">
              {t('table.measure')}
            </th>
            {profiles.map((p) => {
              const name = areaName(p.unit, language);
              return (
                <th key={`${p.unit.level}:${p.unit.code}`} scope="col" className="p-0 align-bottom">
                  <div className="flex items-end justify-end">
                    <button
                      type="button"
                      onClick={() => openArea({ kind: p.unit.level, code: p.unit.code })}
                      aria-label={t('table.open', { name })}
                      className="min-h-11 rounded px-1 text-right font-semibold text-brand underline-offset-2 hover:underline lg:min-h-8"
                    >
                      {areaShortName(p.unit, language)}
                    </button>
                    <button
                      type="button"
                      onClick={() => toggle({ kind: p.unit.level, code: p.unit.code })}
                      aria-label={t('table.remove', { name })}
                      className="flex size-11 shrink-0 items-center justify-center rounded text-muted hover:bg-canvas lg:size-7"
                    >
                      <X aria-hidden="true" className="size-3.5" />
                    </button>
                  </div>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {MEASURES.map((m) => (
            <tr key={m} className="border-b border-line/60">
              <th scope="row" className="px-1 py-1 text-left font-medium">
                {measureLabel(m)}
              </th>
              {profiles.map((p) => (
                <td key={`${p.unit.level}:${p.unit.code}`} className={cell}>
                  {shown(p, m)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th
              scope="rowgroup"
              colSpan={profiles.length + 1}
              className="px-1 pt-3 pb-1 text-left text-sm font-semibold"
            >
              {t('table.clusters')}
            </th>
          </tr>
          {(profiles[0]?.clusterIds ?? []).map((id) => (
            <tr key={id} className="border-b border-line/60">
              <th scope="row" className="px-1 py-1 text-left font-medium">
                {clusterName(id)}
              </th>
              {profiles.map((p) => {
                const c = clusterCell(p, id);
                return (
                  <td
                    key={`${p.unit.level}:${p.unit.code}`}
                    className={`${cell} ${c.status === 'established' ? 'font-semibold' : c.status ? '' : 'text-muted'}`}
                  >
                    {cellText(c)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
