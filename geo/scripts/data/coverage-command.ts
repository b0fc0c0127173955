/**
 * `npm run -s export -- coverage --by region|erhvervshus|municipality [--statuses established,opening,…]
 * [--sources note|all] [--as-of YYYY-MM-DD|latest]`: how many clusters are present per area, as CSV
 * (src/lib/coverage/csv.ts). The counting is src/lib/coverage and the presences come from
 * src/lib/history/presences-as-of.ts, the same code the app's coverage view runs, so screen and CLI agree.
 */
import { readFileSync } from 'node:fs';
import type { Presence } from '../../../src/model/schema';
import { decodeBaseMap } from '../../../src/model/base-map';
import { coverageByArea } from '../../../src/lib/coverage/area-coverage';
import { coverageCsv } from '../../../src/lib/coverage/csv';
import { geographyFromBaseMap, type Geography } from '../../../src/lib/coverage/geography';
import { countedStatuses, parseStatuses } from '../../../src/lib/coverage/statuses';
import { abs } from './paths';
import { AREA_LEVELS, type AreaLevel } from '../../../src/model/view';

export class CoverageArgsError extends Error {}

export interface CoverageArgs {
  by: AreaLevel;
  statuses: ReturnType<typeof parseStatuses>;
}

/** Accepts `--by region` and `--by=region`; every other word is an error. */
export function parseCoverageArgs(args: readonly string[]): CoverageArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] as string).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--by' && flag !== '--statuses')
      throw new CoverageArgsError(`unknown argument "${args[i]}"`);
    if (flag in values) throw new CoverageArgsError(`${flag} given twice`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new CoverageArgsError(`${flag} needs a value`);
    values[flag] = value;
  }
  const by = values['--by'];
  if (!by) throw new CoverageArgsError(`--by is required (${AREA_LEVELS.join('|')})`);
  if (!(AREA_LEVELS as readonly string[]).includes(by)) {
    throw new CoverageArgsError(`--by must be one of ${AREA_LEVELS.join(', ')}, got "${by}"`);
  }
  let statuses = [...countedStatuses(false)];
  if (values['--statuses'] !== undefined) {
    try {
      statuses = parseStatuses(values['--statuses']);
    } catch (error) {
      throw new CoverageArgsError(`--statuses: ${(error as Error).message}`);
    }
  }
  return { by: by as AreaLevel, statuses };
}

/** Pure: the CSV for parsed arguments, every cluster counted (the CLI has no cluster filter). */
export function coverageCsvFor(
  data: { clusters: readonly { id: string }[]; presences: readonly Presence[] },
  geography: Geography,
  args: CoverageArgs,
): string {
  return coverageCsv(
    coverageByArea({
      presences: data.presences,
      units: geography.units[args.by],
      clusterIds: data.clusters.map((c) => c.id),
      statuses: args.statuses,
    }),
  );
}

export const BASE_MAP_FILE = 'public/geo/denmark.topo.json';

export function loadGeography(): Geography {
  return geographyFromBaseMap(decodeBaseMap(JSON.parse(readFileSync(abs(BASE_MAP_FILE), 'utf8'))));
}
