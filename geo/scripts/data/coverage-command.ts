/**
 * `npm run -s export -- coverage --by region|erhvervshus|municipality [--statuses established,opening,…]
 * [--sources note|all] [--as-of YYYY-MM-DD|latest]`: how many clusters are present per area and for how
 * many people (residents, and those within 25 and 50 km of a counted presence), as CSV
 * (src/lib/coverage/csv.ts). The counting is src/lib/coverage and the presences come from
 * src/lib/history/presences-as-of.ts, the same code the app's coverage view runs, so screen and CLI agree.
 */
import { readFileSync } from 'node:fs';
import type { Presence } from '../../../src/model/schema';
import { decodeBaseMap } from '../../../src/model/base-map';
import { coverageByArea } from '../../../src/lib/coverage/area-coverage';
import { coverageCsv } from '../../../src/lib/coverage/csv';
import { countedPresences, distanceByMunicipality } from '../../../src/lib/coverage/distance';
import { geographyFromBaseMap, type Geography } from '../../../src/lib/coverage/geography';
import { residentsByArea } from '../../../src/lib/coverage/residents';
import { countedStatuses, parseStatuses } from '../../../src/lib/coverage/statuses';
import { decodePopulationFile } from '../../../src/model/population-file';
import { populationFromFile, type Population } from '../../../src/lib/population/population';
import { CliArgsError, parseFlags } from './cli-flags';
import { abs } from './paths';
import { AREA_LEVELS, type AreaLevel } from '../../../src/model/view';
import { POPULATION_FILE } from './population-build';

export interface CoverageArgs {
  by: AreaLevel;
  statuses: ReturnType<typeof parseStatuses>;
}

/** `--statuses a,b`, or established only when not given. */
export function statusesFlag(value: string | undefined): ReturnType<typeof parseStatuses> {
  if (value === undefined) return [...countedStatuses(false)];
  try {
    return parseStatuses(value);
  } catch (error) {
    throw new CliArgsError(`--statuses: ${(error as Error).message}`);
  }
}

/** Accepts `--by region` and `--by=region`; every other word is an error. */
export function parseCoverageArgs(args: readonly string[]): CoverageArgs {
  const { flags } = parseFlags(args, ['--by', '--statuses']);
  const by = flags['--by'];
  if (!by) throw new CliArgsError(`--by is required (${AREA_LEVELS.join('|')})`);
  if (!(AREA_LEVELS as readonly string[]).includes(by)) {
    throw new CliArgsError(`--by must be one of ${AREA_LEVELS.join(', ')}, got "${by}"`);
  }
  return { by: by as AreaLevel, statuses: statusesFlag(flags['--statuses']) };
}

/** Pure: the CSV for parsed arguments, every cluster counted (the CLI has no cluster filter). */
export function coverageCsvFor(
  data: { clusters: readonly { id: string }[]; presences: readonly Presence[] },
  geography: Geography,
  population: Population,
  args: CoverageArgs,
): string {
  const clusterIds = data.clusters.map((c) => c.id);
  const units = geography.units[args.by];
  const distances = distanceByMunicipality(
    geography.municipalities,
    countedPresences(data.presences, clusterIds, args.statuses),
    population.points,
  );
  return coverageCsv(
    coverageByArea({ presences: data.presences, units, clusterIds, statuses: args.statuses }),
    residentsByArea(units, distances, population),
  );
}

export const BASE_MAP_FILE = 'public/geo/denmark.topo.json';

export function loadGeography(): Geography {
  return geographyFromBaseMap(decodeBaseMap(JSON.parse(readFileSync(abs(BASE_MAP_FILE), 'utf8'))));
}

/** The residents and measuring points the app loads (public/data/population.json). */
export function loadPopulation(): Population {
  try {
    return populationFromFile(decodePopulationFile(JSON.parse(readFileSync(abs(POPULATION_FILE), 'utf8'))));
  } catch (error) {
    throw new Error(`${POPULATION_FILE}: ${(error as Error).message}; run npm run data:build`);
  }
}
