import { useMemo } from 'react';
import { useDataset } from '@/data/dataset';
import { useFacetedPresences } from '@/hooks/use-visible-presences';
import { BUSINESS_AREA_STYLE } from '@/lib/palette/business-area-style';
import {
  EMPTY_FILTERS,
  FILTER_KEYS,
  FILTER_VALUES,
  isActive,
  tickedValues,
  type FilterKey,
} from '@/model/filters';
import type { Presence } from '@/model/schema';
import { memoPerInput } from '@/lib/memo/memo-last';
import { facetCounts, type Faceted } from '@/lib/filter/match';
import { shownStatuses } from '@/lib/presence/shown-statuses';
import { useAppStore } from '@/state/store';
import { useOptionLabel } from '@/components/use-option-label';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  swatch?: { color: string; code: string; textColor: string };
}

export interface FacetGroup {
  key: FilterKey;
  options: FacetOption[];
}

// Kept per set of presences: clearing the filters shows these counts without counting again.
const unfilteredCounts = memoPerInput((items: Faceted<Presence>[]) => facetCounts(items, EMPTY_FILTERS));

/**
 * Every facet with its options and live, cross-filtered counts. Clusters without presences stay
 * listed (with 0); the "user" basis appears only once analyst-imported presences exist.
 */
export function useFacets(): FacetGroup[] {
  const items = useFacetedPresences();
  const filters = useAppStore((s) => s.filters);
  const { data } = useDataset();
  const label = useOptionLabel();
  // What depends on the presences alone is worked out once for them, not on every filter change.
  const { hasUser, statuses } = useMemo(
    () => ({
      hasUser: items.some((i) => (i.values.bases as readonly string[]).includes('user')),
      statuses: shownStatuses(items.map((i) => i.item)),
    }),
    [items],
  );
  return useMemo(() => {
    const counts: Record<FilterKey, ReadonlyMap<string, number>> = isActive(filters)
      ? facetCounts(items, filters)
      : unfilteredCounts(items);
    const valuesOf = (key: FilterKey): readonly string[] => {
      if (key === 'clusters') return data?.clusters.map((c) => c.id) ?? [];
      if (key === 'bases') return FILTER_VALUES.bases.filter((b) => b !== 'user' || hasUser);
      if (key === 'statuses') return filters.statuses.includes('closed') ? FILTER_VALUES.statuses : statuses;
      return FILTER_VALUES[key];
    };
    return FILTER_KEYS.map((key) => ({
      key,
      options: valuesOf(key).map((value) => ({
        value,
        label: label(key, value),
        count: counts[key].get(value) ?? 0,
        checked: tickedValues(filters, key).includes(value),
        swatch:
          key === 'businessAreas'
            ? BUSINESS_AREA_STYLE[value as keyof typeof BUSINESS_AREA_STYLE]
            : undefined,
      })),
    }));
  }, [items, filters, data, label, hasUser, statuses]);
}
