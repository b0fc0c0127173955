/** The hand-authored files under geo/data/: sources, aliases, and the wrappers of clusters and presences. */
import { z } from './zod';
import { clusterSchema } from './cluster-schema';
import { sourcePresenceSchema } from './presence-schema';
import { bilingualSchema, factDateSchema, nonEmpty, slugSchema } from './schema-common';
import { ALIAS_KINDS, AREA_TYPES, SOURCE_LANGUAGES, SOURCE_TEXT_KINDS } from './vocabulary';

/**
 * A document facts are quoted from. Its text must be stored under geo/sources/ so quotes can be checked
 * offline: the whole document (`text: 'full'`, the note) or only the quoted passages (`'excerpts'`).
 */
export const sourceSchema = z.strictObject({
  id: slugSchema,
  /** File name under geo/sources/, at most one folder deep. */
  file: z
    .string()
    .check(
      z.regex(
        /^(?:[\w-]+\/)?[\w.-]+\.(md|txt)$/,
        'must be a .md or .txt file name under geo/sources/ (one folder deep at most)',
      ),
    ),
  text: z.enum(SOURCE_TEXT_KINDS),
  /** The title as published, or null when the page shows none. */
  title: z.nullable(nonEmpty),
  /** The title is read from the page's address, not from the page. */
  titleFromAddress: z.optional(z.literal(true)),
  publisher: nonEmpty,
  /** When the source was published, as precisely as it shows: day, month only, season, year, or not at all. */
  published: factDateSchema,
  language: z.enum(SOURCE_LANGUAGES),
  url: z.nullable(z.url()),
});

export const sourcesFileSchema = z.strictObject({
  /** The source facts quote when they name none; the app shows it in the reader. */
  primary: slugSchema,
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

export const aliasSchema = z.strictObject({
  names: z.array(nonEmpty).check(z.minLength(1)),
  kind: z.enum(ALIAS_KINDS),
  target: z.union([
    z.strictObject({ gazetteer: nonEmpty }),
    z.strictObject({ area: z.strictObject({ type: z.enum(AREA_TYPES), code: nonEmpty }) }),
  ]),
  inferred: z.boolean(),
  reason: bilingualSchema,
});

export const aliasesFileSchema = z.strictObject({ about: nonEmpty, aliases: z.array(aliasSchema) });
export const clustersFileSchema = z.strictObject({ about: nonEmpty, clusters: z.array(clusterSchema) });
export const presencesFileSchema = z.strictObject({
  about: nonEmpty,
  presences: z.array(sourcePresenceSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type AliasRecord = z.infer<typeof aliasSchema>;
export type AliasesFile = z.infer<typeof aliasesFileSchema>;
export type ClustersFile = z.infer<typeof clustersFileSchema>;
export type PresencesFile = z.infer<typeof presencesFileSchema>;
