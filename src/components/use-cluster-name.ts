import { useMemo } from 'react';
import { useDataset } from '@/data/dataset';

/** A cluster's short display name: its acronym where the note gives one (MARLOG), else its name. */
export function useClusterName(): (id: string) => string {
  const { data } = useDataset();
  return useMemo(() => {
    const names = new Map(data?.clusters.map((c) => [c.id, c.shortName ?? c.name]));
    return (id: string) => names.get(id) ?? id;
  }, [data]);
}
