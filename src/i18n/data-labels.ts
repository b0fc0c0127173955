import { useTranslation } from '@/i18n/use-translation';
import { BUSINESS_AREAS, PRESENCE_STATUS_LABELS, type PresenceStatus } from '@/model/schema';
import type { Language } from '@/model/view';

/**
 * Labels for values that come from the data model (statuses, business areas). Data stays in the
 * note's words; these are the model's own bilingual labels.
 */
export function statusLabel(status: PresenceStatus, language: Language): string {
  return PRESENCE_STATUS_LABELS[status][language];
}

export function businessAreaLabel(id: string, language: Language): string {
  const area = BUSINESS_AREAS.find((a) => a.id === id);
  return area ? area[language] : id;
}

/** Writes a number as the current language does, as every sentence does (src/model/locale.ts). */
export function useFormatNumber(): (value: number) => string {
  return useTranslation().i18n.formatNumber;
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'da';
}
