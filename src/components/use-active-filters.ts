import { useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { ActiveFilter } from '@/lib/describe/active-filter';
import { FILTER_KEYS, tickedValues } from '@/model/filters';
import { useAppStore } from '@/state/store';
import { useOptionLabel } from './use-option-label';

/** The filters that are on, named in the reader's language: for the description, the picture and the print. */
export function useActiveFilters(): ActiveFilter[] {
  const { t } = useTranslation('filters');
  const label = useOptionLabel();
  const filters = useAppStore((s) => s.filters);
  return useMemo(
    () =>
      FILTER_KEYS.filter((key) => filters[key].length > 0).map((key) => ({
        key,
        facet: t(`facets.${key}`),
        values: tickedValues(filters, key).map((v) => label(key, v)),
      })),
    [filters, t, label],
  );
}
