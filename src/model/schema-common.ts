/**
 * Building blocks shared by the cluster and presence schemas. Every fact carries `quote`: the source's
 * exact words (checked against the note by check-provenance). `source` is omitted for the primary note
 * and names another registered source otherwise (see geo/data/README.md).
 */
import { factDateProblem } from './fact-date';
import { z } from './zod';
import { FACT_DATE_PRECISIONS } from './vocabulary';

export const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

export const slugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single dashes)'));

/** The source's exact words; no leading or trailing whitespace so highlights stay tight. */
export const quoteSchema = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.refine((s) => s === s.trim(), 'must not start or end with whitespace'),
);

export const sourceRefSchema = z.optional(slugSchema);

export const bilingualSchema = z.strictObject({ da: nonEmpty, en: nonEmpty });

/** A short label in the source's own words (must occur in the quote), an English gloss, and the quote. */
export const factSchema = z.strictObject({
  text: nonEmpty,
  en: nonEmpty,
  quote: quoteSchema,
  source: sourceRefSchema,
});

export const municipalityCodeSchema = z
  .string()
  .check(z.regex(/^0\d{3}$/, 'must be a four-digit DAGI municipality code'));

export const namedUnitSchema = <C extends z.ZodMiniType<string>>(code: C) =>
  z.strictObject({ code, name: nonEmpty });

/** A date with its precision (src/lib/time/fact-date.ts): "2020-10" is month-precise, null is undated. */
export const factDateSchema = z
  .strictObject({ date: z.nullable(nonEmpty), precision: z.enum(FACT_DATE_PRECISIONS) })
  .check(
    z.superRefine((d, ctx) => {
      const problem = factDateProblem(d);
      if (problem) ctx.addIssue({ code: 'custom', path: ['date'], message: problem });
    }),
  );

export type Bilingual = z.infer<typeof bilingualSchema>;
export type Fact = z.infer<typeof factSchema>;
