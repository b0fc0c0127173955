import type { FacetKey } from '@/lib/filter/facets';

/** A filter that is on, in the reader's words: the facet's name and the names of the values ticked. */
export interface ActiveFilter {
  key: FacetKey;
  facet: string;
  values: readonly string[];
}
