import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useDataset } from '@/data/dataset';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { useSourcePresences } from '@/hooks/use-source-presences';
import { usePresenceText } from '@/components/use-presence-text';
import { useSelectPresence } from '@/components/use-select-presence';
import { INTL_LOCALE } from '@/model/locale';
import { firstOfGroups, unlocatedClusters } from '@/lib/presence/group-presences';
import { memoPerInput } from '@/lib/memo/memo-last';
import type { Cluster, Presence } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import { useAppStore } from '@/state/store';
import { PresenceGroup } from './presence-group';
import { UnlocatedClusters } from './unlocated-clusters';
import { useRovingFocus } from './use-roving-focus';

/** Far more than the note's 23; a dataset of thousands is listed a page at a time. */
const PAGE = 200;

// Kept per set of presences: clearing a filter lists the unfiltered page without grouping again.
const pageOf = memoPerInput(firstOfGroups);
const unlocatedOf = memoPerInput((presences: Presence[], clusters: Cluster[]) =>
  unlocatedClusters(clusters, presences),
);
const NO_PRESENCES: Presence[] = [];

/**
 * Every presence the map shows, as buttons grouped by cluster: the keyboard and screen-reader way
 * to reach each one. Selecting one here selects it on the map and moves the map to it.
 */
export function PresenceList() {
  const { t } = useTranslation('presences');
  const language = useLanguage();
  const { data } = useDataset();
  const presences = useVisiblePresences();
  const filtered = useAppStore((s) => Object.values(s.filters).some((values) => values.length > 0));
  const selectedPresenceId = useAppStore((s) => s.selectedPresenceId);
  const selectedClusterId = useAppStore((s) => s.selectedClusterId);
  const selectCluster = useAppStore((s) => s.selectCluster);
  const select = useSelectPresence();
  const describe = usePresenceText();
  const clusters = useMemo(() => data?.clusters ?? [], [data]);
  const [limit, setLimit] = useState(PAGE);
  const { groups, hidden } = useMemo(
    () => pageOf(presences, clusters, INTL_LOCALE[language], limit),
    [presences, clusters, language, limit],
  );
  const { presences: shown } = useSourcePresences();
  const unlocated = useMemo(
    () => (filtered ? [] : unlocatedOf(shown ?? NO_PRESENCES, clusters)),
    [filtered, clusters, shown],
  );
  const ids = useMemo(
    () => [
      ...groups.flatMap((g) => [`cluster:${g.cluster.id}`, ...g.presences.map((p) => p.id)]),
      ...unlocated.map((c) => `cluster:${c.id}`),
    ],
    [groups, unlocated],
  );
  const current = selectedPresenceId ?? (selectedClusterId ? `cluster:${selectedClusterId}` : null);
  const { container, onKeyDown, itemProps } = useRovingFocus(ids, current);

  if (!data) return null;
  return (
    <section aria-labelledby="presence-list-title" className="px-2 py-3">
      <div className="flex items-baseline justify-between gap-2 px-2">
        <h3 id="presence-list-title" className="text-base font-semibold">
          {t('list.title')}
        </h3>
        <p className="text-xs text-muted" aria-live="polite" data-listed-count={presences.length}>
          {t('list.count', { count: presences.length })}
        </p>
      </div>
      <p id="presence-list-hint" className="px-2 text-xs text-muted">
        {t('list.hint')}
      </p>
      {presences.length === 0 && <p className="px-2 pt-2 text-sm">{t('list.empty')}</p>}
      {/* Arrow keys are handled on the list; every item inside is a real button. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <ul
        ref={container as React.RefObject<HTMLUListElement>}
        aria-label={t('list.label')}
        aria-describedby="presence-list-hint"
        onKeyDown={onKeyDown}
        className="mt-1"
      >
        {groups.map((g) => (
          <PresenceGroup
            key={g.cluster.id}
            cluster={g.cluster}
            presences={g.presences}
            total={g.total}
            describe={describe}
            selectedPresenceId={selectedPresenceId}
            onSelectPresence={(p) => select(p, { focus: true })}
            onSelectCluster={() => selectCluster(g.cluster.id)}
            roving={itemProps}
          />
        ))}
        {unlocated.length > 0 && (
          <UnlocatedClusters
            clusters={unlocated}
            selectedClusterId={selectedClusterId}
            onSelect={selectCluster}
            roving={itemProps}
          />
        )}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => setLimit((l) => l + PAGE)}
          className="mt-2 min-h-11 w-full rounded-md border border-line px-2 text-sm font-medium text-brand hover:bg-brand-soft"
        >
          {t('list.more', { count: Math.min(PAGE, hidden), hidden })}
        </button>
      )}
    </section>
  );
}
