import type { KeyFigure } from '@/model/schema';
import { formatNumber, type FormatLanguage } from '@/model/locale';

type Approx = KeyFigure['approx'];

/** The note's own qualifiers ("knap", "næsten", "ca.") are kept in Danish; these fill in when it has none. */
const QUALIFIER: Record<FormatLanguage, Record<Approx, string>> = {
  da: { over: 'over', nearly: 'knap', about: 'ca.', exact: '' },
  en: { over: 'over', nearly: 'almost', about: 'about', exact: '' },
};
const DANISH_QUALIFIERS = ['over', 'knap', 'næsten', 'ca.', 'cirka', 'omkring', 'godt', 'mere end', 'under'];

function danishQualifier(figure: Pick<KeyFigure, 'text' | 'approx'>): string {
  const text = figure.text.toLowerCase();
  const written = DANISH_QUALIFIERS.find((q) => text.startsWith(`${q} `));
  return written ?? QUALIFIER.da[figure.approx];
}

function amount(value: number, unit: KeyFigure['unit'], language: FormatLanguage): string {
  const n = (v: number) => formatNumber(v, language);
  if (unit === 'count') return n(value);
  if (language === 'da') {
    if (value >= 1e9) return `${n(value / 1e9)} mia. kr.`;
    if (value >= 1e6) return `${n(value / 1e6)} mio. kr.`;
    return `${n(value)} kr.`;
  }
  if (value >= 1e9) return `DKK ${n(value / 1e9)} bn`;
  if (value >= 1e6) return `DKK ${n(value / 1e6)} million`;
  return `DKK ${n(value)}`;
}

/**
 * A key figure in the reader's number style, from its value, approximation and unit: "knap 1 mia. kr.",
 * "over 60", "ca. 90" in Danish; "almost DKK 1 bn", "over 60", "about 90" in English.
 */
export function formatKeyFigure(
  figure: Pick<KeyFigure, 'text' | 'value' | 'approx' | 'unit'>,
  language: FormatLanguage,
): string {
  const qualifier = language === 'da' ? danishQualifier(figure) : QUALIFIER.en[figure.approx];
  const value = amount(figure.value, figure.unit, language);
  return qualifier ? `${qualifier} ${value}` : value;
}
