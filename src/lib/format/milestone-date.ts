import type { Milestone } from '@/model/schema';
import { INTL_LOCALE, type FormatLanguage } from '@/model/locale';

const MID_YEAR: Record<FormatLanguage, (year: string) => string> = {
  da: (year) => `medio ${year}`,
  en: (year) => `mid-${year}`,
};

/**
 * A date as precise as the note gives it: "1. juli 2020" / "1 July 2020", "juni 2021" / "June 2021",
 * "medio 2022" / "mid-2022". Dates are calendar dates, so they are formatted in UTC.
 */
export function formatMilestoneDate(
  milestone: Pick<Milestone, 'date' | 'precision'>,
  language: FormatLanguage,
) {
  const locale = INTL_LOCALE[language];
  if (milestone.precision === 'mid-year') return MID_YEAR[language](milestone.date);
  const [year, month, day] = milestone.date.split('-').map(Number) as [number, number, number?];
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    milestone.precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
