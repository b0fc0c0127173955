import { useMemo } from 'react';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { useSourcePresences } from '@/hooks/use-source-presences';
import { buildSearchEntries } from '@/lib/search/search-entries';
import { createSearchIndex } from '@/lib/search/search-index';

/**
 * The search index over the clusters, the presences of the chosen sources at the chosen date and, once
 * loaded, the base map's municipalities and areas.
 */
export function useSearchIndex() {
  const { data } = useDataset();
  const { presences } = useSourcePresences();
  const { data: baseMap } = useBaseMap();
  return useMemo(
    // Without the dataset (still loading, or failed) the areas of the base map are still found.
    () => createSearchIndex(buildSearchEntries(data?.clusters ?? [], presences ?? [], baseMap)),
    [data, presences, baseMap],
  );
}
