import { LATEST, type AsOf, type FactDate } from '@/model/fact-date';
import { formatMilestoneDate } from './milestone-date';
import { INTL_LOCALE, type FormatLanguage } from '@/model/locale';

/** Brings the words a date needs: `season.<name>` with `{{year}}`, and `undated`. */
export type DateWords = (key: string, options?: Record<string, unknown>) => string;

/**
 * A dated fact's date as precisely as it is known (src/model/fact-date.ts): "15. marts 2022" / "15 March
 * 2022", "marts 2022", "efterår 2021" / "autumn 2021", "2021", or "udateret" / "undated".
 */
export function formatFactDate(
  { date, precision }: FactDate,
  language: FormatLanguage,
  t: DateWords,
): string {
  if (date === null || precision === 'undated') return t('undated');
  switch (precision) {
    case 'day':
    case 'month':
      return formatMilestoneDate({ date, precision }, language);
    case 'season':
      return t(`season.${date.slice(5)}`, { year: date.slice(0, 4) });
    case 'year':
      return date;
  }
}

/**
 * A chosen date ("Status pr."): a day, or the latest source (`t('latest')`). `short` abbreviates the
 * month ("31. okt. 2020"), for the header and the date options.
 */
export function formatAsOf(asOf: AsOf, language: FormatLanguage, t: DateWords, short = false): string {
  if (asOf === LATEST) return t('latest');
  if (!short) return formatFactDate({ date: asOf, precision: 'day' }, language, t);
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
