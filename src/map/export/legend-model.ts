import { BUSINESS_AREAS, type Cluster, type Presence } from '@/model/schema';
import type { CoverageMetric, Language, View } from '@/model/view';
import type { TFunction } from '@/i18n/translator';
import { shownStatuses } from '@/lib/presence/shown-statuses';
import { countBySource } from '@/lib/history/provenance';
import { businessAreaLabel, statusLabel } from '@/i18n/data-labels';
import type { LegendGroup, LegendSwatch } from '@/lib/export/png-legend';
import { LEGEND_MARK_TEXT, legendMarks, type LegendMark } from '@/lib/presence/legend-marks';
import { formatNumber } from '@/model/locale';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import { coverageLegendRows, legendGround } from '../layers/coverage-legend-rows';

/** The status samples are drawn in one neutral colour, as in the on-screen legend. */
const NEUTRAL = '#44546a';
const STACK_COLORS = [
  BUSINESS_AREA_STYLE['energy-technology'].color,
  BUSINESS_AREA_STYLE['life-science'].color,
];

/** What the exported legend is made from: the map's state when the picture is taken. */
export interface LegendInput {
  view: View;
  metric: CoverageMetric;
  /** The residents metric's radius (km), named in its title. */
  radius: number;
  /** Every source shown (not the note alone): the statuses are every source's, and the sources are told apart. */
  allSources: boolean;
  presences: readonly Presence[];
  clusters: readonly Cluster[];
  language: Language;
  selected: boolean;
  /** Translators for the legend's and the coverage view's strings. */
  t: TFunction;
  tc: TFunction;
}

/**
 * The legend of the map as it is shown now, for the exported picture: same marks, same counts. Loaded
 * with the drawing code, only when someone exports.
 */
export function legendModel({
  view,
  metric,
  radius,
  allSources,
  presences,
  clusters,
  language,
  selected,
  t,
  tc,
}: LegendInput): LegendGroup[] {
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
  const areaOf = new Map(clusters.map((c) => [c.id, c.businessArea.id]));
  const areas = new Map<string, number>();
  for (const p of presences) {
    const area = areaOf.get(p.clusterId);
    if (area) areas.set(area, (areas.get(area) ?? 0) + 1);
  }
  const statuses: LegendGroup = {
    title: t(allSources ? 'statusesAll' : 'statuses'),
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
  const marker = { kind: 'marker', color: NEUTRAL, status: 'established' } as const;
  const swatches: Record<LegendMark, LegendSwatch> = {
    inferred: { ...marker, inferred: true },
    imported: { ...marker, user: true },
    area: { kind: 'area-chip', color: NEUTRAL },
    shared: { kind: 'shared-town', color: NEUTRAL },
    selected: { ...marker, selected: true },
  };
  const shown = legendMarks(presences, { selected });
  const marks: LegendGroup = {
    title: t('kinds'),
    rows: [
      ...shown.map((mark) => ({ swatch: swatches[mark], label: t(LEGEND_MARK_TEXT[mark]) })),
      ...(shown.includes('shared')
        ? [{ swatch: { kind: 'stack', colors: STACK_COLORS } as const, label: t('stack') }]
        : []),
    ],
  };
  const bySource = countBySource(presences);
  const sources: LegendGroup = {
    title: t('sources'),
    rows: bySource
      ? [
          { swatch: marker, label: t('sourceNote'), count: count(bySource.note) },
          { swatch: { ...marker, otherSource: true }, label: t('sourceOther'), count: count(bySource.other) },
        ]
      : [],
  };
  return [statuses, sources, businessAreas, marks].filter((g) => g.rows.length > 0);
}
