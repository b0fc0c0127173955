/**
 * public/data/gazetteer.json: the Danish towns of the GeoNames gazetteer the data build places the
 * note's towns with, and the alias table, for placing imported presences in the browser the same way.
 * Written by `npm run data:build`; the app loads it only when an analyst imports a file.
 */
import { z } from './zod';
import { municipalityCodeSchema, nonEmpty } from './schema-common';
import { aliasSchema } from './source-schema';

export const GAZETTEER_VERSION = 1;

export const gazetteerPlaceSchema = z.strictObject({
  /** GeoNames id. */
  id: z.number(),
  name: nonEmpty,
  lon: z.number(),
  lat: z.number(),
  /** The DAGI municipality the town lies in, by point in polygon at build time (as for the dataset). */
  municipality: z.nullable(municipalityCodeSchema),
});

export const gazetteerFileSchema = z.strictObject({
  version: z.literal(GAZETTEER_VERSION),
  about: nonEmpty,
  places: z.array(gazetteerPlaceSchema),
  aliases: z.array(aliasSchema),
});

export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
export type GazetteerFilePlace = z.infer<typeof gazetteerPlaceSchema>;
