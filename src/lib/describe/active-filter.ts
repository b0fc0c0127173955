import type { FilterKey } from '@/model/filters';

/** A filter that is on, in the reader's words: the facet's name and the names of the values ticked. */
export interface ActiveFilter {
  key: FilterKey;
  facet: string;
  values: readonly string[];
}
