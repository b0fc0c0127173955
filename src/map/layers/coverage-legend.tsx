import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { coverageLegendRows, legendGround } from './coverage-legend-rows';
import { LegendSwatch } from './legend-swatch';
import type { CoverageMetric, RadiusKm } from '@/model/view';

/**
 * The classes in words beside their colours, and the two patterns (white spot, area-level), in one
 * compact strip under the view switch so it fits a phone without hiding the map.
 */
export function CoverageLegend({ metric, radius }: { metric: CoverageMetric; radius: RadiusKm }) {
  const { t } = useTranslation(COVERAGE_NS);
  return (
    <div
      role="group"
      aria-labelledby="coverage-legend-title"
      data-map-overlay
      className="absolute top-14 left-2 z-10 max-w-[min(22rem,calc(100%-4rem))] rounded-md border border-line bg-paper/95 px-2 py-1.5 text-xs text-ink shadow-sm"
    >
      <p id="coverage-legend-title" className="mb-1 font-semibold">
        {t(`legend.title.${metric}`, { km: radius })}
      </p>
      <ul className="flex flex-wrap gap-x-2.5 gap-y-1">
        {coverageLegendRows(metric, t).map((row) => (
          <li key={row.label} className="flex items-center gap-1">
            <LegendSwatch fill={row.fill} ground={legendGround(metric)} />
            {row.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
