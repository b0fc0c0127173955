import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '@/i18n/use-translation';
import { DESCRIBE_NS } from '@/i18n/namespaces/describe';
import { useLanguage } from '@/i18n/data-labels';
import { useDataset } from '@/data/dataset';
import { useCoverageAnalysis } from '@/hooks/use-coverage-analysis';
import { useAllPresences, useVisiblePresences } from '@/hooks/use-visible-presences';
import { countedPresences } from '@/lib/coverage/distance';
import { selectedClusterIds } from '@/lib/coverage/selection';
import { countedStatuses } from '@/lib/coverage/statuses';
import { describeBasis, type DataBasis } from '@/lib/describe/data-basis';
import { describeView, type ViewDescription } from '@/lib/describe/describe-view';
import { useAppStore } from '@/state/store';
import { useActiveFilters } from './use-active-filters';

/**
 * The date the view holds at; null: as of its sources. One place for the "status as of" date to
 * come in, so the title line, the description, the picture and the print all follow it.
 */
const AS_OF: string | null = null;

/**
 * The current view in words (src/lib/describe), from the hooks the legend, the list and the coverage
 * map read, so it says what they show. Null until the dataset is in, and while `enabled` is false:
 * grouping thousands of presences in the list's order costs a frame, so callers ask only when shown.
 */
export function useViewDescription(enabled = true): ViewDescription | null {
  const { t } = useTranslation(DESCRIBE_NS);
  const language = useLanguage();
  const { data } = useDataset();
  const shown = useVisiblePresences();
  const all = useAllPresences();
  const filters = useActiveFilters();
  const state = useAppStore(
    useShallow((s) => ({
      view: s.view,
      metric: s.coverageMetric,
      level: s.coverageLevel,
      includeAnnounced: s.includeAnnounced,
      selectedClusterId: s.selectedClusterId,
      selectedPresenceId: s.selectedPresenceId,
    })),
  );
  const coverage = useCoverageAnalysis(enabled && state.view === 'coverage');

  return useMemo(() => {
    if (!enabled || !data) return null;
    const basis = { sources: data.sources, asOf: AS_OF };
    const words = { language, t };
    if (state.view === 'coverage') {
      if (!coverage) return null;
      return describeView(
        {
          view: 'coverage',
          metric: state.metric,
          level: state.level,
          includeAnnounced: state.includeAnnounced,
          analysis: coverage,
          totalClusters: data.clusters.length,
          all,
          filters,
          basis,
        },
        words,
      );
    }
    return describeView(
      {
        view: 'presences',
        clusters: data.clusters,
        shown,
        all,
        filters,
        selectedClusterId: state.selectedClusterId,
        selectedPresenceId: state.selectedPresenceId,
        basis,
      },
      words,
    );
  }, [enabled, data, shown, all, filters, state, coverage, language, t]);
}

/**
 * The date and the sources of what is shown, without the rest: cheap enough for every render. What
 * is shown: the visible presences, or in the coverage view the presences it counts.
 */
export function useDataBasis(): DataBasis | null {
  const { t } = useTranslation(DESCRIBE_NS);
  const language = useLanguage();
  const { data } = useDataset();
  const visible = useVisiblePresences();
  const all = useAllPresences();
  const [view, includeAnnounced, filters] = useAppStore(
    useShallow((s) => [s.view, s.includeAnnounced, s.filters] as const),
  );
  return useMemo(() => {
    if (!data) return null;
    const shown =
      view === 'coverage'
        ? countedPresences(all, selectedClusterIds(data.clusters, filters), countedStatuses(includeAnnounced))
        : visible;
    return describeBasis({ sources: data.sources, shown, asOf: AS_OF }, { language, t });
  }, [data, view, visible, all, filters, includeAnnounced, language, t]);
}
