/**
 * Dated facts from sources other than the note (geo/data/observations.json, geo/data/dated-facts.json)
 * and the built public/data/history.json the app loads when it shows every source. See geo/data/README.md.
 * A presence gets a history: one or more dated observations, each with its source, date, status, kind and
 * quote; which one holds at a date is src/lib/history/presences-as-of.ts.
 */
import { factDateProblem } from './fact-date';
import { z } from './zod';
import {
  derivedPresenceFields,
  locationCheck,
  placeLinkSchema,
  sourcePresenceSchema,
} from './presence-schema';
import { bilingualSchema, nonEmpty, quoteSchema, slugSchema } from './schema-common';
import { sourceSchema } from './source-schema';
import {
  DATED_FACT_TOPICS,
  FACT_DATE_PRECISIONS,
  PRECISIONS,
  PRESENCE_KINDS,
  PRESENCE_STATUSES,
} from './vocabulary';

/** Bump when the shape of history.json changes in a way the app must know about. */
export const HISTORY_VERSION = 1;

const presenceIdSchema = sourcePresenceSchema.shape.id;

/** The cut marks a research note puts where it cut a page's text (see geo/sources/beyond-the-note/). */
export const CUT_MARKS = { before: '…', after: ['[…]', '…'] } as const;

/**
 * `…` may open a quote and `[…]` or `…` close it, nothing else: a mark inside a quote would join two
 * passages, which a quote never does.
 */
export function cutMarkProblem(quote: string): string | null {
  let inner = quote.startsWith(CUT_MARKS.before) ? quote.slice(CUT_MARKS.before.length) : quote;
  const end = CUT_MARKS.after.find((mark) => inner.endsWith(mark));
  if (end) inner = inner.slice(0, -end.length);
  return inner.includes('…') ? 'a cut mark (… or […]) may only open or close a quote' : null;
}

const excerptQuoteSchema = quoteSchema.check(
  z.superRefine((quote: string, ctx) => {
    const problem = cutMarkProblem(quote);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

/** A date with its precision, flat (date, datePrecision) as the exports write it; `dateReason` says how an undated page is dated. */
const datedFields = {
  date: z.nullable(nonEmpty),
  datePrecision: z.enum(FACT_DATE_PRECISIONS),
  /** Why a fact from an undated page has a date: what in its text bounds it ("written before 1 January 2021"). */
  dateReason: z.optional(bilingualSchema),
};

const datedCheck = z.superRefine(
  (d: { date: string | null; datePrecision: string }, ctx: z.core.$RefinementCtx) => {
    const problem = factDateProblem({ date: d.date, precision: d.datePrecision as never });
    if (problem) ctx.addIssue({ code: 'custom', path: ['date'], message: problem });
  },
);

/** The source's words in the other languages, for a quote that is not in Danish (en: da; sv: da and en). */
const translationSchema = z.optional(z.strictObject({ da: z.optional(nonEmpty), en: z.optional(nonEmpty) }));

/** A presence the note does not state: its place as the sources write it. The build derives its location. */
export const sourceHistoryPresenceSchema = z.strictObject({
  id: presenceIdSchema,
  clusterId: slugSchema,
  place: nonEmpty,
  precision: z.enum(PRECISIONS),
});

/** One source's dated statement about a presence, as hand-authored. */
export const sourceObservationSchema = z
  .strictObject({
    id: slugSchema,
    /** The entry in the research notes (geo/research/facts-beyond-the-note.md), e.g. "E01". */
    ref: nonEmpty,
    /** The presence it is about: one the note states, or one of observations.json's `presences`. */
    presence: presenceIdSchema,
    /** The place as this quote writes it (occurs in the quote). */
    place: nonEmpty,
    precision: z.enum(PRECISIONS),
    kind: z.enum(PRESENCE_KINDS),
    status: z.enum(PRESENCE_STATUSES),
    ...datedFields,
    source: slugSchema,
    quote: excerptQuoteSchema,
    translation: translationSchema,
  })
  .check(datedCheck);

/** A dated fact without a place of its own: a closure, offices the source does not place, the programme, context. */
export const datedFactSchema = z
  .strictObject({
    id: slugSchema,
    ref: nonEmpty,
    /** The cluster it is about; null for the programme as a whole. */
    clusterId: z.nullable(slugSchema),
    topic: z.enum(DATED_FACT_TOPICS),
    /** What the quote says, in Klyngekort's words (never shown as a quote). */
    gloss: bilingualSchema,
    ...datedFields,
    source: slugSchema,
    quote: excerptQuoteSchema,
    translation: translationSchema,
  })
  .check(datedCheck);

/** Sources that disagree (the research notes' section Z): shown side by side, never resolved. */
export const conflictSchema = z.strictObject({
  id: slugSchema,
  ref: nonEmpty,
  /** The clusters it concerns; empty for the programme as a whole. */
  clusterIds: z.array(slugSchema),
  title: bilingualSchema,
  /** What disagrees, in Klyngekort's words. */
  summary: bilingualSchema,
  /** Observation and fact ids, in the order to show them. */
  items: z.array(slugSchema).check(z.minLength(2)),
});

export const observationsFileSchema = z.strictObject({
  about: nonEmpty,
  presences: z.array(sourceHistoryPresenceSchema),
  observations: z.array(sourceObservationSchema),
});

export const datedFactsFileSchema = z.strictObject({
  about: nonEmpty,
  facts: z.array(datedFactSchema),
  conflicts: z.array(conflictSchema),
});

/** A built history presence: the place plus the location the build derives, as for the note's presences. */
export const historyPresenceSchema = z
  .extend(sourceHistoryPresenceSchema, derivedPresenceFields)
  .check(locationCheck);

/** A built observation: how its own place wording reached the location (Köpenhamn → Copenhagen, spelling). */
export const observationSchema = z
  .extend(sourceObservationSchema, { placeLink: placeLinkSchema })
  .check(datedCheck);

const sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256'));

export const historySchema = z.strictObject({
  version: z.literal(HISTORY_VERSION),
  /** The dataset.json these histories extend: presences of the note are referred to by its ids. */
  dataset: z.strictObject({ sha256: sha256Schema }),
  /** Every source other than those in dataset.json, with the SHA-256 of its stored text. */
  sources: z.array(z.extend(sourceSchema, { sha256: sha256Schema })),
  presences: z.array(historyPresenceSchema),
  observations: z.array(observationSchema),
  facts: z.array(datedFactSchema),
  conflicts: z.array(conflictSchema),
});

export type SourceHistoryPresence = z.infer<typeof sourceHistoryPresenceSchema>;
export type SourceObservation = z.infer<typeof sourceObservationSchema>;
export type HistoryPresence = z.infer<typeof historyPresenceSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type DatedFact = z.infer<typeof datedFactSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type ObservationsFile = z.infer<typeof observationsFileSchema>;
export type DatedFactsFile = z.infer<typeof datedFactsFileSchema>;
export type History = z.infer<typeof historySchema>;
export type HistorySource = History['sources'][number];
