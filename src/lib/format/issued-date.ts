import type { TFunction } from '@/i18n/translator';
import { formatMilestoneDate } from './milestone-date';
import type { FormatLanguage } from './locale';

const SEASON = /^(\d{4})-(spring|summer|autumn|winter)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * When a source was issued, as precisely as its record says (geo/data/sources.json): "2021-autumn" →
 * "efterår 2021" / "autumn 2021", "2022-03-15" → "15. marts 2022", "2022-03" → "marts 2022", a year
 * as itself. `t` brings the season words (`season.<name>` with `{{year}}`); anything else is shown as written.
 */
export function formatIssued(issued: string, language: FormatLanguage, t: TFunction): string {
  const season = SEASON.exec(issued);
  if (season) return t(`season.${season[2]}`, { year: season[1] });
  if (DAY.test(issued)) return formatMilestoneDate({ date: issued, precision: 'day' }, language);
  if (MONTH.test(issued)) return formatMilestoneDate({ date: issued, precision: 'month' }, language);
  return issued;
}

const SEASON_START = { spring: '03', summer: '06', autumn: '09', winter: '12' } as const;

/** A key that sorts issue dates in time: a season counts from its first month ("2021-autumn" → "2021-09"). */
export function issuedOrder(issued: string): string {
  const season = SEASON.exec(issued);
  return season ? `${season[1]}-${SEASON_START[season[2] as keyof typeof SEASON_START]}` : issued;
}
