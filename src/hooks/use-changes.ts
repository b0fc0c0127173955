import { useMemo } from 'react';
import { changesBetween, type Changes } from '@/lib/history/changes';
import { useAppStore } from '@/state/store';
import { useDataset } from '@/data/dataset';
import { useHistory } from '@/data/history';

/**
 * "Hvad er ændret": what changed from the comparison's start to the chosen date, with every source, for
 * the changes panel and the map's new / gone / unchanged marks. Null when no comparison is open.
 */
export function useChanges(): Changes | null {
  const since = useAppStore((s) => (s.sourceMode === 'all' ? s.changesSince : null));
  const asOf = useAppStore((s) => s.asOf);
  const { data: dataset } = useDataset();
  const { data: history } = useHistory(since !== null);
  return useMemo(
    () => (since && dataset && history ? changesBetween(dataset, history, since, asOf) : null),
    [since, asOf, dataset, history],
  );
}
