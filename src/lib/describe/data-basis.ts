import { compareFactDates, LATEST, type AsOf } from '@/model/fact-date';
import type { DatasetSource, Presence } from '@/model/schema';
import { formatFactDate } from '@/lib/format/fact-date';
import { joinCapped, joinList, type Words } from './words';

/** A source as the dataset lists it (public/data/dataset.json `sources`). */
export type BasisSource = Pick<DatasetSource, 'id' | 'title' | 'publisher' | 'published' | 'primary'>;

/**
 * What the data behind a view is: every source it may cite, the facts shown (a fact without a
 * source quotes the primary one; an imported one names the analyst's own), and the date the view
 * holds at. Grows with the data model: a source mode or a "status as of" date is one more field here.
 */
export interface BasisInput {
  sources: readonly BasisSource[];
  shown: readonly Pick<Presence, 'basis' | 'source'>[];
  /** The day the view shows the status at (YYYY-MM-DD); null or "latest": as of the newest source shown. */
  asOf: AsOf | null;
}

export interface DataBasis {
  /** "Status: efterår 2021". */
  date: string;
  /** Every source in full: "Kilde: Erhvervsstyrelsen, …: »Bilag 6.2: …« (efterår 2021)." */
  sources: string;
  /** The same, short enough for a title line: "Kilde: Erhvervsstyrelsen, Bilag 6.2". */
  sourcesShort: string;
  /** Imported presences shown, and whose they are; null when none. */
  imported: string | null;
}

const MAX_USER_SOURCES = 3;

/** The part before the first separator: "Erhvervsstyrelsen" of "Erhvervsstyrelsen, for …". */
const lead = (text: string, separator: string) => text.split(separator)[0]?.trim() || text;

/** Which sources the shown facts cite, in the dataset's order; the primary one when nothing is shown. */
function citedSources(input: BasisInput): BasisSource[] {
  const primary = input.sources.find((s) => s.primary);
  const cited = new Set<string>();
  for (const p of input.shown) {
    if (p.basis.type === 'user') continue;
    const id = p.source ?? primary?.id;
    if (id) cited.add(id);
  }
  if (!cited.size && primary) cited.add(primary.id);
  return input.sources.filter((s) => cited.has(s.id));
}

/** The date, the sources and the analyst's own data behind a view, in words (see BasisInput). */
export function describeBasis(input: BasisInput, words: Words): DataBasis {
  const { t, language } = words;
  const sources = citedSources(input);
  const issued = (s: BasisSource) => formatFactDate(s.published, language, t);
  const newest = [...sources].sort((a, b) => compareFactDates(b.published, a.published))[0];
  const date =
    input.asOf && input.asOf !== LATEST
      ? formatFactDate({ date: input.asOf, precision: 'day' }, language, t)
      : newest
        ? issued(newest)
        : '';
  // A page without a title is named by its publisher alone.
  const full = sources.map((s) =>
    s.title
      ? t('basis.source', { publisher: s.publisher, title: s.title, issued: issued(s) })
      : t('basis.untitled', { publisher: s.publisher, issued: issued(s) }),
  );
  const short = sources.map((s) =>
    s.title ? `${lead(s.publisher, ',')}, ${lead(s.title, ':')}` : lead(s.publisher, ','),
  );
  const userSources = [
    ...new Set(input.shown.flatMap((p) => (p.basis.type === 'user' ? [p.basis.source] : []))),
  ];
  const userCount = input.shown.filter((p) => p.basis.type === 'user').length;
  return {
    date: t('basis.date', { date }),
    sources: t('basis.sources', { count: full.length, list: full.join('; ') }),
    sourcesShort: t('basis.sourcesShort', { count: short.length, list: joinList(short, language) }),
    imported: userCount
      ? t('basis.imported', {
          count: userCount,
          sources: joinCapped(userSources, MAX_USER_SOURCES, words),
        })
      : null,
  };
}
