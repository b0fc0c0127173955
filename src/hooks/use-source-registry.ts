import { useMemo } from 'react';
import { useAppStore } from '@/state/store';
import { useDataset } from '@/data/dataset';
import { useHistory } from '@/data/history';
import type { Source } from '@/model/schema';

export type RegisteredSource = Pick<
  Source,
  'id' | 'title' | 'titleFromAddress' | 'publisher' | 'published' | 'language' | 'url'
> & { primary: boolean };

/**
 * Every source a shown fact may name, by id: the note from the dataset, and once the histories are in
 * (every source, or `wanted` by a panel), the others. For saying where a presence comes from.
 */
export function useSourceRegistry(wanted = false): ReadonlyMap<string, RegisteredSource> {
  const { data: dataset } = useDataset();
  const allSources = useAppStore((s) => s.sourceMode === 'all');
  const { data: history } = useHistory(allSources || wanted);
  return useMemo(
    () =>
      new Map<string, RegisteredSource>([
        ...(dataset?.sources ?? []).map((s) => [s.id, s] as const),
        ...(history?.sources ?? []).map((s) => [s.id, { ...s, primary: false }] as const),
      ]),
    [dataset, history],
  );
}
