import { useCallback } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import type { CompareCell } from '@/lib/area-profile/compare';

/** "Etableret", "Under etablering (områdeniveau)", "Ingen": a comparison cell in words. */
export function useCellText(): (cell: CompareCell) => string {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  return useCallback(
    (cell) => {
      if (!cell.status) return t('table.none');
      const label = statusLabel(cell.status, language);
      return cell.areaLevel ? `${label} (${t('table.areaLevel')})` : label;
    },
    [t, language],
  );
}
