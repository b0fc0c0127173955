import { INTL_LOCALE, type FormatLanguage } from '@/model/locale';

/** Always `digits` decimals ("14,4", "20,0"): figures in a column or a sentence line up and compare. */
export function formatFixed(value: number, language: FormatLanguage, digits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** "1. oktober 2021" / "1 October 2021" from an ISO date, read as a calendar day (no time zone shift). */
export function formatDay(iso: string, language: FormatLanguage): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
