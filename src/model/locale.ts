/** The Intl locale for each UI language: Danish conventions, and British English (day before month). */
export const INTL_LOCALE = { da: 'da-DK', en: 'en-GB' } as const;
export type FormatLanguage = keyof typeof INTL_LOCALE;

const formats = new Map<string, Intl.NumberFormat>();

/** The one number format per language: Danish "1.234,5", English "1,234.5". */
export function formatNumber(value: number, language: FormatLanguage, maximumFractionDigits = 1): string {
  const key = `${language}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits });
    formats.set(key, format);
  }
  return format.format(value);
}
