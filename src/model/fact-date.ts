/**
 * The one rule for placing a dated fact on the time line. A fact holds from the last day its date can
 * mean: "2020-10" from 31 October 2020, "2020" from 31 December 2020, the note's "2021-autumn" from
 * 30 November 2021. So a fact never shows before its source could have said it, whatever its precision.
 * An undated fact has no place on the time line: it holds only at "latest", where every fact is shown.
 */
import { FACT_DATE_PRECISIONS, SEASONS, type FactDatePrecision } from '@/model/schema';

export interface FactDate {
  /** day YYYY-MM-DD · month YYYY-MM · season YYYY-autumn · year YYYY · null when undated. */
  date: string | null;
  precision: FactDatePrecision;
}

/** A chosen date: a calendar day (YYYY-MM-DD), or every fact up to the latest, undated ones included. */
export const LATEST = 'latest';
export type AsOf = string;

const SHAPES: Record<Exclude<FactDatePrecision, 'undated'>, RegExp> = {
  day: /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  season: new RegExp(`^(\\d{4})-(${SEASONS.join('|')})$`),
  year: /^(\d{4})$/,
};

/** The last month of each season; winter YYYY runs December YYYY to February YYYY+1. */
const SEASON_END: Record<(typeof SEASONS)[number], [yearOffset: number, month: number]> = {
  spring: [0, 5],
  summer: [0, 8],
  autumn: [0, 11],
  winter: [1, 2],
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const endOfMonth = (year: number, month: number) =>
  `${pad(year, 4)}-${pad(month)}-${pad(daysIn(year, month))}`;

/** Why a date does not fit its precision, or null when it does (2021-02-30 is not a day). */
export function factDateProblem({ date, precision }: FactDate): string | null {
  if (!(FACT_DATE_PRECISIONS as readonly string[]).includes(precision))
    return `unknown precision "${precision}"`;
  if (precision === 'undated') return date === null ? null : 'an undated fact has date null';
  if (date === null) return `a "${precision}" date needs a value`;
  const match = SHAPES[precision].exec(date);
  if (!match) return `"${date}" does not fit precision "${precision}"`;
  if (precision === 'day' && Number(match[3]) > daysIn(Number(match[1]), Number(match[2])))
    return `"${date}" is not a calendar day`;
  return null;
}

/** The last calendar day (YYYY-MM-DD) the date can mean; null when undated. Throws on a malformed date. */
export function lastDay(fact: FactDate): string | null {
  const problem = factDateProblem(fact);
  if (problem) throw new Error(problem);
  const { date, precision } = fact;
  if (date === null || precision === 'undated') return null;
  const year = Number(date.slice(0, 4));
  switch (precision) {
    case 'day':
      return date;
    case 'month':
      return endOfMonth(year, Number(date.slice(5, 7)));
    case 'year':
      return endOfMonth(year, 12);
    case 'season': {
      const [offset, month] = SEASON_END[date.slice(5) as (typeof SEASONS)[number]];
      return endOfMonth(year + offset, month);
    }
  }
}

/** Does the fact hold at the chosen date? Undated facts hold only at "latest". */
export function holdsAt(fact: FactDate, asOf: AsOf): boolean {
  if (asOf === LATEST) return true;
  const last = lastDay(fact);
  return last !== null && last <= asOf;
}

/** Coarse to fine, so that of two facts ending on the same day the more precise one counts as later. */
const FINENESS: Record<FactDatePrecision, number> = { undated: 0, year: 1, season: 2, month: 3, day: 4 };

/**
 * Chronological order for the time line: by the last day each date can mean, undated facts after every
 * dated one; on the same last day the coarser date first. 0 when the two cannot be told apart.
 */
export function compareFactDates(a: FactDate, b: FactDate): number {
  const [x, y] = [lastDay(a), lastDay(b)];
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return FINENESS[a.precision] - FINENESS[b.precision];
}

const AS_OF_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a chosen date ("2022-06-01" or "latest"); undefined when it is neither a calendar day nor "latest". */
export function parseAsOf(raw: string): AsOf | undefined {
  const value = raw.trim().toLowerCase();
  if (value === LATEST) return LATEST;
  if (!AS_OF_DAY.test(value)) return undefined;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2999) return undefined;
  return factDateProblem({ date: value, precision: 'day' }) ? undefined : value;
}
