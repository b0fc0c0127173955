import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS, EXPORT_NS } from '@/i18n/panel-strings';
import { useSourcePresences } from '@/hooks/use-source-presences';
import { usePopulation } from '@/data/population';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { useActiveFilters } from '@/components/use-active-filters';
import { useDataBasis } from '@/components/use-view-description';
import { useLanguage } from '@/i18n/data-labels';
import { INTL_LOCALE } from '@/model/locale';
import { useAppStore } from '@/state/store';

export interface ExportSummary {
  title: string;
  /** What is shown, one paragraph each: the view's settings, the filters, the count, the dates. */
  lines: string[];
  /** The sources of what is shown, in full. */
  source: string;
  mapDataLabel: string;
}

/**
 * Words for what the map shows now, for the picture and the printed page: a reader of a board paper
 * sees the question too, the date the data holds at and the day it was taken out.
 */
export function useExportSummary(): ExportSummary {
  const { t } = useTranslation([EXPORT_NS, 'common', 'map', COVERAGE_NS]);
  const language = useLanguage();
  const view = useAppStore((s) => s.view);
  const metric = useAppStore((s) => s.coverageMetric);
  const level = useAppStore((s) => s.coverageLevel);
  const includeAnnounced = useAppStore((s) => s.includeAnnounced);
  const radius = useAppStore((s) => s.coverageRadius);
  // The residents' source, in its own words, wherever their figures are drawn (loaded by that view).
  const population = usePopulation(view === 'coverage' && metric === 'residents').data;
  const visible = useVisiblePresences().length;
  const total = useSourcePresences().presences?.length ?? 0;
  const filters = useActiveFilters();
  const basis = useDataBasis();

  const filterLine = filters.length
    ? t('export:summary.filters', {
        list: filters.map((f) => `${f.facet}: ${f.values.join(', ')}`).join(' · '),
      })
    : t('export:summary.noFilters');
  const statuses = t(includeAnnounced ? 'coverage:scope.statusesAnnounced' : 'coverage:scope.statuses');
  const viewLine =
    view === 'coverage'
      ? metric === 'distance'
        ? t('export:summary.distance', { statuses })
        : metric === 'residents'
          ? t('export:summary.residents', {
              level: t(`export:summary.levels.${level}`),
              km: radius,
              statuses,
              source: population?.attribution ?? '',
            })
          : t('export:summary.coverage', {
              metric: t(`coverage:controls.metrics.${metric}`),
              level: t(`export:summary.levels.${level}`),
              statuses,
            })
      : t('export:summary.count', { count: total, visible });
  const today = new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'long' }).format(new Date());
  const extracted = t('export:summary.extracted', { date: today });
  return {
    title: t('export:summary.title', { app: t('common:appName'), view: t(`map:views.${view}`) }),
    lines: [viewLine, filterLine, basis ? `${basis.date}, ${extracted}` : extracted],
    source: basis ? [basis.sources, basis.imported].filter(Boolean).join(' ') : '',
    mapDataLabel: t('export:summary.mapData'),
  };
}
