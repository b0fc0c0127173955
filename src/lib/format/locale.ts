/** The Intl locale for each UI language: Danish conventions, and British English (day before month). */
export const INTL_LOCALE = { da: 'da-DK', en: 'en-GB' } as const;
export type FormatLanguage = keyof typeof INTL_LOCALE;

export function formatNumber(value: number, language: FormatLanguage, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits }).format(value);
}
