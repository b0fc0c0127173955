import { z } from './zod';
import {
  bilingualSchema,
  municipalityCodeSchema,
  namedUnitSchema,
  nonEmpty,
  quoteSchema,
  slugSchema,
  sourceRefSchema,
} from './schema-common';
import type { UserPresence } from './user-presence-schema';
import {
  AREA_TYPES,
  ERHVERVSHUS_CODES,
  PLACE_LINK_KINDS,
  PRECISIONS,
  PRESENCE_KINDS,
  PRESENCE_STATUSES,
  REGION_CODES,
  type FactDatePrecision,
  type Precision,
} from './vocabulary';

export const basisSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('stated') }),
  z.strictObject({ type: z.literal('inferred'), reason: bilingualSchema }),
]);

/** A presence as hand-authored in geo/data/presences.json. */
export const sourcePresenceSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+--[a-z0-9-]+$/, 'must be "<clusterId>--<place slug>"')),
  clusterId: slugSchema,
  /** The place as the note writes it. */
  place: nonEmpty,
  status: z.enum(PRESENCE_STATUSES),
  kind: z.enum(PRESENCE_KINDS),
  precision: z.enum(PRECISIONS),
  basis: basisSchema,
  quote: quoteSchema,
  source: sourceRefSchema,
});

const lonLatSchema = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);

/** How the place string became a location; `inferred` links are shown with their reason. */
export const placeLinkSchema = z.strictObject({
  kind: z.enum(PLACE_LINK_KINDS),
  alias: z.nullable(nonEmpty),
  /** The gazetteer name matched (e.g. "Copenhagen"); null for areas. */
  gazetteerName: z.nullable(nonEmpty),
  inferred: z.boolean(),
  reason: z.nullable(bilingualSchema),
});

/** What the build derives from a presence's place (also derived in the browser for imported presences). */
export const derivedPresenceFields = {
  placeLink: placeLinkSchema,
  point: z.nullable(lonLatSchema),
  area: z.nullable(z.strictObject({ type: z.enum(AREA_TYPES), code: nonEmpty, name: nonEmpty })),
  /** The containing municipality (city), or the area itself when it is one municipality; else null. */
  municipality: z.nullable(namedUnitSchema(municipalityCodeSchema)),
  /** The region / erhvervshus area that contains the whole presence, or null when it spans several. */
  region: z.nullable(namedUnitSchema(z.enum(REGION_CODES))),
  erhvervshus: z.nullable(namedUnitSchema(z.enum(ERHVERVSHUS_CODES))),
  /** Every municipality the presence covers: one for a city, all of the area's for an area. */
  municipalityCodes: z.array(municipalityCodeSchema).check(z.minLength(1)),
};

/** A city has a point and a municipality, an area has an area and no point. */
export const locationCheck = z.superRefine(
  (
    p: { precision: Precision; point: unknown; area: unknown; municipality: unknown },
    ctx: z.core.$RefinementCtx,
  ) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.precision === 'city') {
      if (!p.point) issue('point', 'a city-level presence needs a point');
      if (p.area) issue('area', 'a city-level presence has no area');
      if (!p.municipality) issue('municipality', 'a city-level presence needs its municipality');
    } else {
      if (p.point) issue('point', 'an area-level presence must not have a point');
      if (!p.area) issue('area', 'an area-level presence needs an area');
    }
  },
);

/**
 * A presence in public/data/dataset.json: the source record plus what the build derives. Its basis is
 * stated or inferred, never 'user': imported presences live only in the browser (user-presence-schema.ts).
 */
export const presenceSchema = z.extend(sourcePresenceSchema, derivedPresenceFields).check(locationCheck);

export type Basis = z.infer<typeof basisSchema>;
export type SourcePresence = z.infer<typeof sourcePresenceSchema>;
export type PlaceLink = z.infer<typeof placeLinkSchema>;
/** A presence of the dataset (the note's). */
export type DatasetPresence = z.infer<typeof presenceSchema>;

/**
 * Where a presence shown with every source comes from (src/lib/history/presences-as-of.ts): the entry on
 * its time line that holds at the chosen date. Absent for the note alone and for imported presences.
 */
export interface PresenceObserved {
  /** The observation's id, "note:<presence id>" for the note's own, or the closure fact's id. */
  entry: string;
  date: string | null;
  datePrecision: FactDatePrecision;
  /** How many dated statements about this presence exist across all sources, the note's included. */
  observations: number;
  /** The entry that holds is the note's. */
  fromNote: boolean;
}

/** Any presence the app shows: the dataset's (as the note or the sources at a date have it), or one an analyst imported (basis 'user'). */
export type Presence = (DatasetPresence | UserPresence) & { observed?: PresenceObserved };
