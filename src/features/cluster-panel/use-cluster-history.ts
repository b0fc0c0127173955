import { useMemo } from 'react';
import { useDataset } from '@/data/dataset';
import { useHistory } from '@/data/history';
import { clusterFacts, conflictsOf, presenceHistory } from '@/lib/history/dated-items';
import { useAppStore } from '@/state/store';

/**
 * With every source: the cluster's closure and the facts no town is given for (at the chosen date), the
 * conflicts about it, and each presence's statements. Null with the note alone.
 */
export function useClusterHistory(clusterId: string) {
  const allSources = useAppStore((s) => s.sourceMode === 'all');
  const asOf = useAppStore((s) => s.asOf);
  const { data: dataset } = useDataset();
  const { data: history } = useHistory(allSources);
  return useMemo(() => {
    if (!allSources || !dataset || !history) return null;
    return {
      asOf,
      ...clusterFacts(history, clusterId, asOf),
      conflicts: conflictsOf(dataset, history, clusterId),
      historyOf: (presenceId: string) => presenceHistory(dataset, history, presenceId),
    };
  }, [allSources, dataset, history, clusterId, asOf]);
}

export type ClusterHistory = NonNullable<ReturnType<typeof useClusterHistory>>;
