import { useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { BUSINESS_AREAS } from '@/model/schema';
import { shownStatuses } from '@/lib/presence/shown-statuses';
import { useDataset } from '@/data/dataset';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { businessAreaLabel, statusLabel, useLanguage } from '@/i18n/data-labels';
import type { LegendGroup } from '@/lib/export/png-legend';
import { formatNumber } from '@/model/locale';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { useAppStore } from '@/state/store';
import { coverageLegendRows, legendGround } from '../layers/coverage-legend-rows';

/** The status samples are drawn in one neutral colour, as in the on-screen legend. */
const NEUTRAL = '#44546a';

/** The legend of the map as it is shown now, for the exported picture: same marks, same counts. */
export function useLegendModel(): LegendGroup[] {
  const { t } = useTranslation('legend');
  // By name, not its module: the coverage strings come with the coverage view, and this re-renders then.
  const { t: tc } = useTranslation('coverage');
  const language = useLanguage();
  const view = useAppStore((s) => s.view);
  const metric = useAppStore((s) => s.coverageMetric);
  const radius = useAppStore((s) => s.coverageRadius);
  const presences = useVisiblePresences();
  const { data } = useDataset();

  return useMemo(() => {
    if (view === 'coverage') {
      const rows = coverageLegendRows(metric, tc).map(({ fill, label }) => ({
        label,
        swatch:
          fill === 'white-spot'
            ? { kind: 'white-spot' as const }
            : fill === 'area-level'
              ? { kind: 'area-level' as const, ground: legendGround(metric) }
              : { kind: 'fill' as const, color: fill },
      }));
      return [{ title: tc(`legend.title.${metric}`, { km: radius }), rows }];
    }
    const count = (n: number) => formatNumber(n, language);
    const areaOf = new Map(data?.clusters.map((c) => [c.id, c.businessArea.id]));
    const areas = new Map<string, number>();
    for (const p of presences) {
      const area = areaOf.get(p.clusterId);
      if (area) areas.set(area, (areas.get(area) ?? 0) + 1);
    }
    const statuses: LegendGroup = {
      title: t('statuses'),
      rows: shownStatuses(presences).map((status) => ({
        swatch: { kind: 'marker', color: NEUTRAL, status },
        label: statusLabel(status, language),
        count: count(presences.filter((p) => p.status === status).length),
      })),
    };
    const businessAreas: LegendGroup = {
      title: t('businessAreas'),
      rows: BUSINESS_AREAS.filter((a) => areas.has(a.id)).map((a) => ({
        swatch: { kind: 'chip', ...BUSINESS_AREA_STYLE[a.id] },
        label: businessAreaLabel(a.id, language),
        count: count(areas.get(a.id) ?? 0),
      })),
    };
    const marks: LegendGroup = {
      title: t('kinds'),
      rows: [
        ...(presences.some((p) => p.basis.type === 'inferred')
          ? [
              {
                swatch: { kind: 'marker', color: NEUTRAL, status: 'established', inferred: true } as const,
                label: t('inferred'),
              },
            ]
          : []),
        ...(presences.some((p) => p.precision === 'area')
          ? [{ swatch: { kind: 'area-hatch', color: NEUTRAL } as const, label: t('area') }]
          : []),
      ],
    };
    return [statuses, businessAreas, marks].filter((g) => g.rows.length > 0);
  }, [view, metric, radius, presences, data, language, t, tc]);
}
