import type { TFunction } from '@/i18n/translator';
import { BEYOND_CLASSES, COUNT_CLASSES, DISTANCE_CLASSES } from '@/lib/coverage/classes';
import { BEYOND_COLORS, COUNT_COLORS, DISTANCE_COLORS } from '../styles/coverage-layers';
import type { CoverageMetric } from '@/model/view';

export interface CoverageLegendRow {
  /** A colour, or one of the two patterns: 'white-spot', 'area-level'. */
  fill: string;
  label: string;
}

/** The classes in words beside their colours, then the patterns in use: for the map's legend and the PNG's. */
export function coverageLegendRows(metric: CoverageMetric, t: TFunction): CoverageLegendRow[] {
  // Residents are counted per municipality as they are: no area-level stipple on this metric.
  if (metric === 'residents')
    return BEYOND_CLASSES.map((_, i) => ({ fill: BEYOND_COLORS[i] ?? '', label: t(`legend.beyond.${i}`) }));
  const classes =
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
  return [...classes, { fill: 'area-level', label: t('legend.areaLevel') }];
}

/** The colour the area-level stipple is shown on: the scale's lightest. */
export const legendGround = (metric: CoverageMetric): string =>
  ({ clusters: COUNT_COLORS, distance: DISTANCE_COLORS, residents: BEYOND_COLORS })[metric][0];
