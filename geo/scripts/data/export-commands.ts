/**
 * The export subcommands. To add one, write a pure function from the dataset (and, for every source, the
 * histories) to a JSON value or a CSV string in its own module and add a row here; export.ts handles
 * reading, errors and output.
 */
import type { Dataset, History } from '../../../src/model/schema';
import { presencesAsOf } from '../../../src/lib/history/presences-as-of';
import { areaJsonFor } from './area-command';
import { CliArgsError } from './cli-flags';
import { presencesToGeoJson } from './export-presences';
import { coverageCsvFor, loadGeography, loadPopulation, parseCoverageArgs } from './coverage-command';
import { SOURCE_OPTIONS_USAGE, SourceOptionsError, takeSourceOptions } from './source-options';

export interface ExportContext {
  dataset: Dataset;
  /** Reads public/data/history.json; called only when a command asks for every source. */
  history: () => History;
}

export interface ExportCommand {
  summary: string;
  /** The command's own usage line, printed by `<command> --help`. */
  usage: string;
  /**
   * Returns the value to print: a string is printed as is (CSV), anything else as JSON. `args` are the
   * words after the subcommand; throw UsageError to reject them.
   */
  run(context: ExportContext, args: string[]): unknown;
}

export class UsageError extends Error {}

function noArgs(name: string, args: string[]) {
  if (args.length) throw new UsageError(`"${name}" takes no arguments, got: ${args.join(' ')}`);
}

/** Takes the source options out of `args`, loading the histories when every source is asked for. */
function chooseSources(name: string, context: ExportContext, args: string[]) {
  let taken: ReturnType<typeof takeSourceOptions>;
  try {
    taken = takeSourceOptions(args);
  } catch (error) {
    throw error instanceof SourceOptionsError ? new UsageError(`${name}: ${error.message}`) : error;
  }
  const history = taken.choice.sources === 'all' ? context.history() : undefined;
  return { ...taken, history, presences: presencesAsOf(context.dataset, history, taken.choice) };
}

export const EXPORT_COMMANDS: Record<string, ExportCommand> = {
  presences: {
    summary: 'every presence as a GeoJSON FeatureCollection (area-level presences have null geometry)',
    usage: `presences ${SOURCE_OPTIONS_USAGE}`,
    run: (context, args) => {
      const { choice, history, rest } = chooseSources('presences', context, args);
      noArgs('presences', rest);
      return presencesToGeoJson(context.dataset, history, choice);
    },
  },
  clusters: {
    summary: 'the 14 clusters with every fact and its quote, as a JSON array',
    usage: 'clusters',
    run: (context, args) => (noArgs('clusters', args), context.dataset.clusters),
  },
  coverage: {
    summary:
      'clusters present and residents within 25/50 km per area as CSV: --by region|erhvervshus|municipality [--statuses established,opening,…]',
    usage: `coverage --by region|erhvervshus|municipality [--statuses established,opening,in-progress,planned,considering] ${SOURCE_OPTIONS_USAGE}`,
    run: (context, args) => {
      const { presences, rest } = chooseSources('coverage', context, args);
      const data = { clusters: context.dataset.clusters, presences };
      return usageErrors('coverage', () =>
        coverageCsvFor(data, loadGeography(), loadPopulation(), parseCoverageArgs(rest)),
      );
    },
  },
  area: {
    summary: "one area's profile as JSON, with the numbers of the app's profile panel",
    usage: `area <kind:code> (region:1085, municipality:0360, erhvervshus:fyn, funen:fyn; or a code or name) [--statuses established | established,opening,in-progress,planned,considering] [--business-areas id,…] ${SOURCE_OPTIONS_USAGE}`,
    run: (context, args) => {
      const { presences, rest } = chooseSources('area', context, args);
      const data = { clusters: context.dataset.clusters, presences };
      return usageErrors('area', () => areaJsonFor(data, loadGeography(), loadPopulation(), rest));
    },
  },
};

/** A command's argument errors become usage errors, named by the command. */
function usageErrors<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof CliArgsError ? new UsageError(`${name}: ${error.message}`) : error;
  }
}

export function usage(command?: string): string {
  const own = command && Object.hasOwn(EXPORT_COMMANDS, command) ? EXPORT_COMMANDS[command] : undefined;
  if (own) return `Usage: npm run -s export -- ${own.usage}\n\n${own.summary}.`;
  const rows = Object.entries(EXPORT_COMMANDS).map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`);
  return [
    'Usage: npm run -s export -- <command> [options]   (<command> --help for its options)',
    '',
    'Commands:',
    ...rows,
    '',
    `presences, coverage and area take ${SOURCE_OPTIONS_USAGE}.`,
    'Output is JSON on stdout (coverage: CSV).',
  ].join('\n');
}

const HELP = new Set(['--help', '-h', 'help']);

/** Asking for help: `--help` alone, or `<command> --help`. The export prints the usage and exits 0. */
export function helpRequest(argv: readonly string[]): string | null {
  const [name, ...args] = argv;
  if (name === undefined) return null;
  if (HELP.has(name)) return usage();
  if (args.some((a) => a === '--help' || a === '-h')) {
    if (!Object.hasOwn(EXPORT_COMMANDS, name)) throw new UsageError(`unknown command "${name}"`);
    return usage(name);
  }
  return null;
}

/** Resolves argv to a command's output, or throws UsageError. Pure, so tests need no process. */
export function runExport(argv: string[], context: ExportContext): unknown {
  const [name, ...args] = argv;
  if (!name) throw new UsageError('no command given');
  const command = Object.hasOwn(EXPORT_COMMANDS, name) ? EXPORT_COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command.run(context, args);
}
