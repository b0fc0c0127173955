import { useCallback } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useDataset } from '@/data/dataset';
import type { PresenceStatus } from '@/model/schema';
import { businessAreaLabel, statusLabel, useLanguage } from '@/i18n/data-labels';
import { ERHVERVSHUS_NAMES, REGION_NAMES } from '@/lib/filter/area-names';
import type { FilterKey } from '@/model/filters';

/** The label of a facet value in the current language: the data's own names, the model's labels. */
export function useOptionLabel() {
  const { t } = useTranslation('filters');
  const language = useLanguage();
  const { data } = useDataset();
  return useCallback(
    (key: FilterKey, value: string): string => {
      switch (key) {
        case 'businessAreas':
          return businessAreaLabel(value, language);
        case 'clusters':
          return data?.clusters.find((c) => c.id === value)?.name ?? value;
        case 'statuses':
          return statusLabel(value as PresenceStatus, language);
        case 'regions':
          return REGION_NAMES[value as keyof typeof REGION_NAMES]?.[language] ?? value;
        case 'erhvervshus':
          return ERHVERVSHUS_NAMES[value as keyof typeof ERHVERVSHUS_NAMES]?.[language] ?? value;
        case 'tracks':
        case 'bases':
          return t(`${key}.${value}`);
      }
    },
    [t, language, data],
  );
}
