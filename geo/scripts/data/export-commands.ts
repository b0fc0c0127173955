/**
 * The export subcommands. To add one (e.g. "coverage"), write a pure function from the dataset to a
 * JSON value in its own module and add a row here; export.ts handles reading, errors and output.
 */
import type { Dataset } from '../../../src/model/schema';
import { areaJsonFor } from './area-command';
import { presencesToGeoJson } from './export-presences';
import { coverageCsvFor, loadGeography, loadPopulation, parseCoverageArgs } from './coverage-command';
import { CliArgsError } from './cli-flags';

export interface ExportCommand {
  summary: string;
  /**
   * Returns the value to print: a string is printed as is (CSV), anything else as JSON. `args` are the
   * words after the subcommand; throw UsageError to reject them.
   */
  run(dataset: Dataset, args: string[]): unknown;
}

export class UsageError extends Error {}

function noArgs(name: string, args: string[]) {
  if (args.length) throw new UsageError(`"${name}" takes no arguments, got: ${args.join(' ')}`);
}

export const EXPORT_COMMANDS: Record<string, ExportCommand> = {
  presences: {
    summary: 'every presence as a GeoJSON FeatureCollection (area-level presences have null geometry)',
    run: (dataset, args) => (noArgs('presences', args), presencesToGeoJson(dataset)),
  },
  clusters: {
    summary: 'the 14 clusters with every fact and its quote, as a JSON array',
    run: (dataset, args) => (noArgs('clusters', args), dataset.clusters),
  },
  coverage: {
    summary:
      'clusters present and residents within 25/50 km per area as CSV: --by region|erhvervshus|municipality [--statuses established,opening,…]',
    run: (dataset, args) =>
      usageErrors('coverage', () =>
        coverageCsvFor(dataset, loadGeography(), loadPopulation(), parseCoverageArgs(args)),
      ),
  },
  area: {
    summary:
      "one area's profile as JSON: <kind:code> (region:1085, municipality:0360, erhvervshus:fyn, funen:fyn) [--statuses …] [--business-areas …]",
    run: (dataset, args) =>
      usageErrors('area', () => areaJsonFor(dataset, loadGeography(), loadPopulation(), args)),
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

export function usage(): string {
  const rows = Object.entries(EXPORT_COMMANDS).map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`);
  return [
    'Usage: npm run -s export -- <command>',
    '',
    'Commands:',
    ...rows,
    '',
    'Output is JSON on stdout (coverage: CSV).',
  ].join('\n');
}

/** Resolves argv to a command's output, or throws UsageError. Pure, so tests need no process. */
export function runExport(argv: string[], dataset: Dataset): unknown {
  const [name, ...args] = argv;
  if (!name) throw new UsageError('no command given');
  const command = Object.hasOwn(EXPORT_COMMANDS, name) ? EXPORT_COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command.run(dataset, args);
}
