/**
 * `npm run -s export -- area <area> [--statuses …] [--business-areas …]`: one area's profile as JSON,
 * computed by src/lib/area-profile, the code behind the app's profile panel, so they show the same
 * numbers. <area> is `kind:code` ("region:1085", "funen:fyn"), a bare code when only one area has it
 * ("1085", "0360", "sjaelland"), or a name ("Lolland", "Region Zealand").
 */
import { BUSINESS_AREAS } from '../../../src/model/business-areas';
import type { Dataset, Presence } from '../../../src/model/schema';
import { countedStatuses } from '../../../src/lib/coverage/statuses';
import { formatAreaRef, parseAreaRef } from '../../../src/lib/area/area-ref';
import { areaProfile } from '../../../src/lib/area-profile/profile';
import { profileJson } from '../../../src/lib/area-profile/profile-json';
import { findUnit, type AreaUnit, type Geography } from '../../../src/lib/coverage/geography';
import type { Population } from '../../../src/lib/population/population';
import { foldKey } from '../../../src/lib/text/fold';
import { CliArgsError, parseFlags } from './cli-flags';
import { statusesFlag } from './coverage-command';

const allUnits = (g: Geography): AreaUnit[] => [
  ...g.units.region,
  ...g.units.erhvervshus,
  g.funen,
  ...g.municipalities,
];

/** The one area the word names; an unknown or ambiguous word is an error that says what would do. */
export function resolveArea(word: string, geography: Geography): AreaUnit {
  const ref = parseAreaRef(word);
  if (ref) {
    const unit = findUnit(geography, ref);
    if (!unit) throw new CliArgsError(`no area ${formatAreaRef(ref)} in the base map`);
    return unit;
  }
  const wanted = foldKey(word);
  const matches = allUnits(geography).filter(
    (u) =>
      u.code === word.trim().toLowerCase() ||
      foldKey(u.name) === wanted ||
      (u.nameEn !== null && foldKey(u.nameEn) === wanted),
  );
  if (matches.length === 1) return matches[0] as AreaUnit;
  if (matches.length > 1)
    throw new CliArgsError(
      `"${word}" is ambiguous: ${matches.map((u) => `${u.level}:${u.code}`).join(', ')}`,
    );
  throw new CliArgsError(
    `unknown area "${word}" (use kind:code, e.g. region:1085, erhvervshus:fyn, funen:fyn, municipality:0360)`,
  );
}

/** `data`: the dataset's clusters and the presences of the chosen sources and date (presencesAsOf). */
export function areaJsonFor(
  data: { clusters: Dataset['clusters']; presences: readonly Presence[] },
  geography: Geography,
  population: Population,
  args: string[],
) {
  const { flags, words } = parseFlags(args, ['--statuses', '--business-areas'], 1);
  const [word] = words;
  if (!word) throw new CliArgsError('which area? e.g. area region:1085');
  const unit = resolveArea(word, geography);
  const statuses = statusesFlag(flags['--statuses']);
  const businessAreas = (flags['--business-areas'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = businessAreas.filter((id) => !BUSINESS_AREAS.some((a) => a.id === id));
  if (unknown.length)
    throw new CliArgsError(
      `--business-areas: unknown "${unknown.join(', ')}" (one of ${BUSINESS_AREAS.map((a) => a.id).join(', ')})`,
    );
  // The profile's counting is "established" or everything announced too, as the app's switch has it.
  const includeAnnounced = statuses.length > 1;
  if (includeAnnounced && statuses.length !== countedStatuses(true).length)
    throw new CliArgsError(
      `--statuses: an area profile counts established only, or ${countedStatuses(true).join(',')}`,
    );
  const profile = areaProfile(data, geography, population, unit, {
    selection: { businessAreas, clusters: [], tracks: [] },
    includeAnnounced,
  });
  const names = new Map(data.clusters.map((c) => [c.id, c.shortName ?? c.name]));
  return profileJson(profile, population, (id) => names.get(id) ?? id);
}
