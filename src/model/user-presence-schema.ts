/**
 * A presence an analyst imported in the browser (src/features/import): the dataset's presence schema
 * with three differences, so the same rules check both. `basis` is `{type: 'user', source}` (the
 * analyst's own source, free text); `quote` holds the analyst's note, empty when they gave none (it is
 * their words, not the note's, and is never looked up in the note); and the place may come from
 * coordinates in the file (`placeLink.kind: 'coordinates'`). Ids start with `user--`, so they never
 * collide with the dataset's, and the dataset schema rejects basis 'user': such presences cannot end
 * up in dataset.json.
 */
import { z } from './zod';
import { derivedPresenceFields, locationCheck, sourcePresenceSchema } from './presence-schema';
import { PLACE_LINK_KINDS, USER_TEXT_MAX } from './vocabulary';

const maxText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));

export const userBasisSchema = z.strictObject({
  type: z.literal('user'),
  /** Where the analyst has the fact from, as they wrote it. Shown as text, never as a link. */
  source: maxText(USER_TEXT_MAX.source),
});

export const userPlaceLinkSchema = z.strictObject({
  ...derivedPresenceFields.placeLink.shape,
  kind: z.enum([...PLACE_LINK_KINDS, 'coordinates']),
});

export const userPresenceSchema = z
  .extend(sourcePresenceSchema, {
    ...derivedPresenceFields,
    id: z
      .string()
      .check(z.regex(/^user--[a-z0-9-]+--[a-z0-9-]+$/, 'must be "user--<clusterId>--<place slug>"')),
    place: maxText(USER_TEXT_MAX.place),
    basis: userBasisSchema,
    quote: z.string().check(z.maxLength(USER_TEXT_MAX.note)),
    placeLink: userPlaceLinkSchema,
  })
  .check(locationCheck);

export type UserBasis = z.infer<typeof userBasisSchema>;
export type UserPresence = z.infer<typeof userPresenceSchema>;
