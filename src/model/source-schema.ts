/** The hand-authored files under geo/data/: sources, aliases, and the wrappers of clusters and presences. */
import { z } from './zod';
import { clusterSchema } from './cluster-schema';
import { sourcePresenceSchema } from './presence-schema';
import { bilingualSchema, nonEmpty, slugSchema } from './schema-common';
import { AREA_TYPES } from './vocabulary';

/** A document facts are quoted from. Its text must be stored under geo/sources/ so quotes can be checked offline. */
export const sourceSchema = z.strictObject({
  id: slugSchema,
  /** File name under geo/sources/. */
  file: z
    .string()
    .check(z.regex(/^[\w.-]+\.(md|txt)$/, 'must be a .md or .txt file name under geo/sources/')),
  title: nonEmpty,
  publisher: nonEmpty,
  /** When the source was issued, as precisely as known (e.g. "2021-autumn", "2022-03-15"). */
  issued: nonEmpty,
  url: z.nullable(z.url()),
});

export const sourcesFileSchema = z.strictObject({
  /** The source facts quote when they name none; the app shows it in the reader. */
  primary: slugSchema,
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

export const aliasSchema = z.strictObject({
  names: z.array(nonEmpty).check(z.minLength(1)),
  kind: z.enum(['spelling', 'institution', 'area-name', 'project']),
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
