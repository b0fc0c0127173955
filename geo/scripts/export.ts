/**
 * npm run -s export -- <command> — prints data from public/data/dataset.json as JSON (coverage: CSV) on stdout, so it pipes
 * cleanly (npm's -s hides its own banner). Errors and usage go to stderr with a non-zero exit.
 * Commands live in ./data/export-commands.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseDatasetText } from '../../src/data/parse-dataset';
import { runExport, usage, UsageError } from './data/export-commands';
import { abs, FILES } from './data/paths';

function main(argv: string[]): number {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (!existsSync(abs(FILES.dataset))) {
    process.stderr.write(`export: ${FILES.dataset} not found; run npm run data:build first\n`);
    return 1;
  }
  try {
    const dataset = parseDatasetText(readFileSync(abs(FILES.dataset), 'utf8'), FILES.dataset);
    const output = runExport(argv, dataset);
    process.stdout.write(typeof output === 'string' ? output : `${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`export: ${error.message}\n\n${usage()}\n`);
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
