import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useAppStore } from '@/state/store';
import { ActiveFilterChips } from './active-filter-chips';
import { FacetFieldset } from './facet-fieldset';
import { FilterSummary } from './filter-summary';
import { useFacets } from './use-facets';

/**
 * Filters for the presences: live count, chips, reset, fit, and one collapsible fieldset per
 * facet. Business area starts open (the commonest question); a facet the link already filters
 * by starts open too. Everything writes to the store; the map, list and legend follow.
 */
export function FiltersPanel() {
  const { t } = useTranslation('filters');
  const groups = useFacets();
  const [initiallyOpen] = useState(() => {
    const filters = useAppStore.getState().filters;
    return new Set(
      groups.filter((g) => g.key === 'businessAreas' || filters[g.key].length).map((g) => g.key),
    );
  });
  return (
    <section id="filters" aria-label={t('label')} className="border-b border-line">
      <FilterSummary />
      <ActiveFilterChips />
      {/* On wide screens the facets scroll in their own box so the presence list below stays in view. */}
      <div className="border-t border-line lg:max-h-[45vh] lg:overflow-y-auto">
        {groups.map((group) => (
          <FacetFieldset key={group.key} group={group} defaultOpen={initiallyOpen.has(group.key)} />
        ))}
      </div>
    </section>
  );
}
