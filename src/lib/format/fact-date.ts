import type { FactDate } from '../time/fact-date';
import { LATEST } from '../time/fact-date';
import { INTL_LOCALE, type FormatLanguage } from './locale';

const SEASON_WORDS: Record<FormatLanguage, Record<string, string>> = {
  da: { spring: 'forår', summer: 'sommer', autumn: 'efterår', winter: 'vinter' },
  en: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
};
const UNDATED: Record<FormatLanguage, string> = { da: 'udateret', en: 'undated' };
const LATEST_WORDS: Record<FormatLanguage, string> = { da: 'seneste kilde', en: 'latest source' };

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/**
 * A date as precisely as its source gives it: "16. december 2021", "oktober 2020" (month only),
 * "efterår 2021", "2020", or "udateret". Calendar dates, so formatted in UTC. `short` abbreviates the
 * month ("31. okt. 2020"), for the header.
 */
export function formatFactDate(fact: FactDate, language: FormatLanguage, short = false): string {
  const { date, precision } = fact;
  if (date === null || precision === 'undated') return UNDATED[language];
  const year = Number(date.slice(0, 4));
  const month = short ? 'short' : 'long';
  const locale = INTL_LOCALE[language];
  switch (precision) {
    case 'day':
      return new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month,
        year: 'numeric',
        timeZone: 'UTC',
      }).format(utc(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))));
    case 'month':
      return new Intl.DateTimeFormat(locale, { month, year: 'numeric', timeZone: 'UTC' }).format(
        utc(year, Number(date.slice(5, 7))),
      );
    case 'season':
      return `${SEASON_WORDS[language][date.slice(5)] ?? date.slice(5)} ${year}`;
    case 'year':
      return String(year);
  }
}

/** A chosen date ("Status pr."): a day, or the latest source. */
export function formatAsOf(asOf: string, language: FormatLanguage, short = false): string {
  return asOf === LATEST
    ? LATEST_WORDS[language]
    : formatFactDate({ date: asOf, precision: 'day' }, language, short);
}
