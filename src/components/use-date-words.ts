import { useCallback } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { DateWords } from '@/lib/format/fact-date';

/**
 * The words a source's date needs (seasons, "udateret", "seneste kilde") from the first view's own
 * 'sources' strings: the header and the list say dates before any panel's strings have loaded.
 */
export function useDateWords(): DateWords {
  const { t } = useTranslation('sources');
  return useCallback((key, options) => t(`dates.${key}`, options), [t]);
}
