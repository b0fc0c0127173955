import { INTL_LOCALE, NUMBER_FORMAT } from '@/model/view';

export { INTL_LOCALE };
export type FormatLanguage = keyof typeof INTL_LOCALE;

export function formatNumber(
  value: number,
  language: FormatLanguage,
  maximumFractionDigits = NUMBER_FORMAT.maximumFractionDigits,
): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { ...NUMBER_FORMAT, maximumFractionDigits }).format(
    value,
  );
}
