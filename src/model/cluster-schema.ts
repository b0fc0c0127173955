import { z } from './zod';
import { BUSINESS_AREA_IDS } from './business-areas';
import {
  APPROXIMATIONS,
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  CONSOLIDATION_KINDS,
  DATE_PRECISIONS,
  ERHVERVSHUS_CODES,
  FIGURE_UNITS,
  MILESTONE_EVENTS,
} from './vocabulary';
import { factSchema, nonEmpty, quoteSchema, slugSchema, sourceRefSchema } from './schema-common';

const DATE_SHAPES: Record<(typeof DATE_PRECISIONS)[number], RegExp> = {
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  'mid-year': /^\d{4}$/,
};

export const milestoneSchema = z
  .strictObject({
    date: nonEmpty,
    precision: z.enum(DATE_PRECISIONS),
    event: z.enum(MILESTONE_EVENTS),
    expected: z.boolean(),
    quote: quoteSchema,
    source: sourceRefSchema,
  })
  .check(
    z.superRefine((m, ctx) => {
      if (!DATE_SHAPES[m.precision].test(m.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `"${m.date}" does not fit precision "${m.precision}"`,
        });
      }
    }),
  );

export const consolidationSchema = z
  .strictObject({
    kind: z.nullable(z.enum(CONSOLIDATION_KINDS)),
    quote: z.nullable(quoteSchema),
    source: sourceRefSchema,
    dates: z.array(milestoneSchema),
    mergedIn: z.array(z.strictObject({ name: nonEmpty, quote: quoteSchema, source: sourceRefSchema })),
    /** True when the note says organisations merged in but names none or only some ("bl.a."). */
    mergedInIncomplete: z.boolean(),
  })
  .check(
    z.superRefine((c, ctx) => {
      if ((c.kind === null) !== (c.quote === null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quote'],
          message: 'kind and quote must both be set or both be null',
        });
      }
    }),
  );

export const keyFigureSchema = z.strictObject({
  id: slugSchema,
  /** The figure as the note writes it ("knap 1 mia."), for display in Danish conventions. */
  text: nonEmpty,
  value: z.number().check(z.positive()),
  approx: z.enum(APPROXIMATIONS),
  unit: z.enum(FIGURE_UNITS),
  /** What is counted, in the note's words (occurs in the quote). */
  counts: nonEmpty,
  en: nonEmpty,
  quote: quoteSchema,
  source: sourceRefSchema,
});

export const collaborationSchema = z
  .strictObject({
    kind: z.enum(COLLABORATION_KINDS),
    /** For kind "cluster": the partner cluster's id, or null when the note does not say which. */
    clusterId: z.nullable(slugSchema),
    /** For kind "erhvervshus": the house's code, or null for "erhvervshusene", "flere erhvervshuse" and the like. */
    erhvervshusCode: z.nullable(z.enum(ERHVERVSHUS_CODES)),
    /** The partner in the note's words (occurs in the quote). */
    name: nonEmpty,
    status: z.enum(COLLABORATION_STATUSES),
    quote: quoteSchema,
    source: sourceRefSchema,
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.kind !== 'cluster' && c.clusterId !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['clusterId'],
          message: 'only a "cluster" collaboration has a clusterId',
        });
      }
      if (c.kind !== 'erhvervshus' && c.erhvervshusCode !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['erhvervshusCode'],
          message: 'only an "erhvervshus" collaboration has an erhvervshusCode',
        });
      }
    }),
  );

export const clusterSchema = z.strictObject({
  id: slugSchema,
  name: nonEmpty,
  /** The short name the note also uses (MARLOG), else null. */
  shortName: z.nullable(nonEmpty),
  /** The section heading without markup, as a quote. */
  heading: quoteSchema,
  businessArea: z.strictObject({ id: z.enum(BUSINESS_AREA_IDS), da: nonEmpty, en: nonEmpty }),
  emerging: z.strictObject({ value: z.boolean(), quote: quoteSchema, source: sourceRefSchema }),
  consolidation: consolidationSchema,
  keyFigures: z.array(keyFigureSchema),
  focusAreas: z.array(factSchema),
  activities: z.array(factSchema),
  collaborations: z.array(collaborationSchema),
  covid: z.array(factSchema),
  /** Locations the note counts but does not name ("sekretariat på seks lokationer"); null when none. */
  unnamedLocations: z.nullable(
    z.strictObject({
      count: z.int().check(z.positive()),
      text: nonEmpty,
      quote: quoteSchema,
      source: sourceRefSchema,
    }),
  ),
});

export type Cluster = z.infer<typeof clusterSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type Collaboration = z.infer<typeof collaborationSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Consolidation = z.infer<typeof consolidationSchema>;
