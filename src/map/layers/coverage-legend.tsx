import { useTranslation } from 'react-i18next';
import { COUNT_CLASSES, DISTANCE_CLASSES } from '@/lib/coverage/classes';
import type { CoverageMetric } from '@/lib/coverage/choropleth';
import { COUNT_COLORS, DISTANCE_COLORS } from '../styles/coverage-layers';
import { LegendSwatch } from './legend-swatch';

/**
 * The classes in words beside their colours, and the two patterns (white spot, area-level), in one
 * compact strip under the view switch so it fits a phone without hiding the map.
 */
export function CoverageLegend({ metric }: { metric: CoverageMetric }) {
  const { t } = useTranslation('coverage');
  const rows =
    metric === 'clusters'
      ? [
          { fill: 'white-spot', label: t('legend.count.0') },
          ...COUNT_CLASSES.slice(1).map((_, i) => ({
            fill: COUNT_COLORS[i] ?? '',
            label: t(`legend.count.${i + 1}`),
          })),
        ]
      : [
          ...DISTANCE_CLASSES.map((_, i) => ({ fill: DISTANCE_COLORS[i] ?? '', label: t(`legend.km.${i}`) })),
          { fill: 'white-spot', label: t('legend.km.none') },
        ];
  return (
    <div
      role="group"
      aria-labelledby="coverage-legend-title"
      className="absolute top-14 left-2 z-10 max-w-[min(22rem,calc(100%-4rem))] rounded-md border border-line bg-paper/95 px-2 py-1.5 text-xs text-ink shadow-sm"
    >
      <p id="coverage-legend-title" className="mb-1 font-semibold">
        {t(`legend.title.${metric}`)}
      </p>
      <ul className="flex flex-wrap gap-x-2.5 gap-y-1">
        {[...rows, { fill: 'area-level', label: t('legend.areaLevel') }].map((row) => (
          <li key={row.label} className="flex items-center gap-1">
            <LegendSwatch
              fill={row.fill}
              ground={(metric === 'clusters' ? COUNT_COLORS : DISTANCE_COLORS)[0]}
            />
            {row.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
