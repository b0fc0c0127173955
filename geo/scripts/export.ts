/**
 * npm run -s export -- <command> — prints data from public/data/dataset.json (and, for every source,
 * public/data/history.json) as JSON (coverage: CSV) on stdout, so it pipes cleanly (npm's -s hides its own
 * banner). Usage goes to stdout when asked for (--help), errors and usage to stderr with a non-zero exit.
 * Commands live in ./data/export-commands.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseDatasetText } from '../../src/data/parse-dataset';
import { parseHistoryText } from '../../src/data/parse-history';
import { helpRequest, runExport, usage, UsageError } from './data/export-commands';
import { abs, FILES } from './data/paths';

function readBuilt(file: string): string {
  if (!existsSync(abs(file))) throw new Error(`${file} not found; run npm run data:build first`);
  return readFileSync(abs(file), 'utf8');
}

function main(argv: string[]): number {
  try {
    const help = helpRequest(argv);
    if (help !== null) {
      process.stdout.write(`${help}\n`);
      return 0;
    }
    const dataset = parseDatasetText(readBuilt(FILES.dataset), FILES.dataset);
    const history = () => parseHistoryText(readBuilt(FILES.history), dataset, FILES.history);
    const output = runExport(argv, { dataset, history });
    process.stdout.write(typeof output === 'string' ? output : `${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`export: ${error.message}\n\n${usage(argv[0])}\n`);
      return 2;
    }
    process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
