import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '@/i18n/use-translation';
import { DESCRIBE_NS } from '@/i18n/panel-strings';
import { useLanguage } from '@/i18n/data-labels';
import { useBaseMap } from '@/data/base-map';
import { usePopulation } from '@/data/population';
import { useDataset } from '@/data/dataset';
import { coverageView, useCoverageAnalysis, type CoverageView } from '@/hooks/use-coverage-analysis';
import { useAllPresences, useVisiblePresences } from '@/hooks/use-visible-presences';
import { countedPresences } from '@/lib/coverage/distance';
import { selectedClusterIds } from '@/lib/coverage/selection';
import { countedStatuses } from '@/lib/coverage/statuses';
import { describeBasis, type BasisSource, type DataBasis } from '@/lib/describe/data-basis';
import { useSourceRegistry } from '@/hooks/use-source-registry';
import { useSourceChoice } from '@/hooks/use-source-presences';
import { describeView, type ViewDescription } from '@/lib/describe/describe-view';
import type { AsOf } from '@/model/fact-date';
import { useAppStore } from '@/state/store';
import { useActiveFilters } from './use-active-filters';

/**
 * Which sources a view may cite and the day it holds at: the note's own date with the note alone (null),
 * the chosen "Status pr." with every source. The one place the source choice comes in, so the title line,
 * the description, the picture and the print all follow it.
 */
function useBasisSources(): { sources: BasisSource[]; asOf: AsOf | null } {
  const registry = useSourceRegistry();
  const choice = useSourceChoice();
  return useMemo(
    () => ({ sources: [...registry.values()], asOf: choice.sources === 'all' ? choice.asOf : null }),
    [registry, choice],
  );
}

/** Everything the words for the view are made from: the hooks the legend, the list and the map read. */
function useDescriptionSources() {
  const { t } = useTranslation(DESCRIBE_NS);
  const language = useLanguage();
  const { data } = useDataset();
  const shown = useVisiblePresences();
  const all = useAllPresences();
  const filters = useActiveFilters();
  const basis = useBasisSources();
  const state = useAppStore(
    useShallow((s) => ({
      view: s.view,
      metric: s.coverageMetric,
      level: s.coverageLevel,
      includeAnnounced: s.includeAnnounced,
      selection: s.filters,
      selectedClusterId: s.selectedClusterId,
      selectedPresenceId: s.selectedPresenceId,
    })),
  );
  return useMemo(
    () => ({ t, language, data, shown, all, filters, state, basis }),
    [t, language, data, shown, all, filters, state, basis],
  );
}

type Sources = ReturnType<typeof useDescriptionSources>;

function describe(
  { t, language, data, shown, all, filters, state, basis }: Sources,
  coverage: CoverageView | null,
): ViewDescription | null {
  if (!data) return null;
  const words = { language, t };
  if (state.view === 'coverage') {
    if (!coverage) return null;
    const { metric, level, includeAnnounced } = state;
    const totalClusters = data.clusters.length;
    return describeView(
      {
        view: 'coverage',
        metric,
        level,
        includeAnnounced,
        analysis: coverage,
        totalClusters,
        all,
        filters,
        basis,
      },
      words,
    );
  }
  const { selectedClusterId, selectedPresenceId } = state;
  return describeView(
    {
      view: 'presences',
      clusters: data.clusters,
      shown,
      all,
      filters,
      selectedClusterId,
      selectedPresenceId,
      basis,
    },
    words,
  );
}

/**
 * The current view in words (src/lib/describe), from the same hooks as the legend, the list and the
 * coverage map, so it says what they show. Null until the dataset is in, and while `enabled` is false:
 * grouping thousands of presences in the list's order costs a frame, so callers ask only when shown.
 */
export function useViewDescription(enabled = true): ViewDescription | null {
  const sources = useDescriptionSources();
  const coverage = useCoverageAnalysis(enabled && sources.state.view === 'coverage');
  return useMemo(() => (enabled ? describe(sources, coverage) : null), [enabled, sources, coverage]);
}

/** The same words, worked out only when asked (as the page is printed), from the view as it is then. */
export function useDescribeOnDemand(): () => ViewDescription | null {
  const sources = useDescriptionSources();
  const { data: baseMap } = useBaseMap();
  // Read only if the coverage view has loaded it: printing never fetches.
  const { data: population } = usePopulation(false);
  const latest = useRef({ sources, baseMap, population });
  useEffect(() => {
    latest.current = { sources, baseMap, population };
  }, [sources, baseMap, population]);
  return useCallback(() => {
    const { sources: now, baseMap: map, population: people } = latest.current;
    const { data, all, state } = now;
    const coverage =
      state.view === 'coverage' && data && map && people
        ? coverageView(data, map, people, all, {
            level: state.level,
            includeAnnounced: state.includeAnnounced,
            selection: state.selection,
          })
        : null;
    return describe(now, coverage);
  }, []);
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
  const basis = useBasisSources();
  const [view, includeAnnounced, filters] = useAppStore(
    useShallow((s) => [s.view, s.includeAnnounced, s.filters] as const),
  );
  return useMemo(() => {
    if (!data) return null;
    const shown =
      view === 'coverage'
        ? countedPresences(all, selectedClusterIds(data.clusters, filters), countedStatuses(includeAnnounced))
        : visible;
    return describeBasis({ ...basis, shown }, { language, t });
  }, [data, basis, view, visible, all, filters, includeAnnounced, language, t]);
}
