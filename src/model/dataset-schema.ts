/**
 * The dataset's zod schemas, shared by the build (geo/scripts), the tests and the app, which loads
 * this module only when a dataset needs validating (src/data/dataset.ts). See geo/data/README.md for the model.
 */
import { z } from './zod';
import { clusterSchema } from './cluster-schema';
import { crossCheck } from './cross-check';
import { presenceSchema } from './presence-schema';
import { nonEmpty } from './schema-common';
import { sourceSchema } from './source-schema';
import { DATASET_VERSION } from './vocabulary';

export * from './schema';
export * from './cluster-schema';
export * from './presence-schema';
export * from './schema-common';
export * from './source-schema';
export * from './user-presence-schema';
export * from './history-schema';

const sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256'));

export const datasetSchema = z
  .strictObject({
    version: z.literal(DATASET_VERSION),
    /** The primary note: file name (also served as data/note.md) and the SHA-256 of its bytes. */
    generatedFrom: z.strictObject({ note: nonEmpty, sha256: sha256Schema }),
    /** Every source a fact may quote; a fact without `source` quotes the primary one. */
    sources: z
      .array(z.extend(sourceSchema, { sha256: sha256Schema, primary: z.boolean() }))
      .check(z.minLength(1)),
    clusters: z.array(clusterSchema),
    presences: z.array(presenceSchema),
  })
  .check(
    z.superRefine((dataset, ctx) => {
      crossCheck(
        dataset,
        dataset.sources.map((s) => s.id),
        ctx,
      );
      const primaries = dataset.sources.filter((s) => s.primary);
      const primary = primaries[0];
      if (primaries.length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'exactly one source must be primary' });
      } else if (
        primary &&
        (primary.file !== dataset.generatedFrom.note || primary.sha256 !== dataset.generatedFrom.sha256)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['generatedFrom'],
          message: 'must name the primary source and its hash',
        });
      }
    }),
  );

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetSource = Dataset['sources'][number];
