/**
 * npm run -s data:import -- <file.csv> --source <id> — prints the presences of an analyst's CSV as JSON
 * records to add to geo/data/presences.json, each quoting the registered source <id>. Problems go to
 * stderr, one line per row and column, with exit code 1; usage errors exit with 2. Writes nothing.
 * See geo/data/README.md, "Adding a fact from another source".
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeText } from '../../src/lib/import/decode';
import { formatProblem, importRows } from './data/import-rows';
import { loadBuildInputs } from './data/inputs';

const USAGE = `Usage: npm run -s data:import -- <file.csv> --source <source id>

Columns (header row first, ";" or ","; Danish or English names):
  klynge/cluster, sted/place, status, citat/quote   required
  type/kind, præcision/precision                    optional
The quote must be the source's exact words and contain the place; the source must be registered in
geo/data/sources.json with its text under geo/sources/. Output: JSON records on stdout.`;

function parseArgs(argv: string[]): { file: string; source: string } | string {
  let file: string | undefined;
  let source: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--source') source = argv[++i];
    else if (arg.startsWith('--source=')) source = arg.slice('--source='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file) return `one file at a time (got ${file} and ${arg})`;
    else file = arg;
  }
  if (!file) return 'no file given';
  if (!source) return '--source <id> is required: every fact needs its source';
  return { file, source };
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`data:import: ${args}\n\n${USAGE}\n`);
    return 2;
  }
  if (!existsSync(args.file)) {
    process.stderr.write(`data:import: ${args.file} not found\n`);
    return 2;
  }
  const inputs = loadBuildInputs();
  const source = inputs.sources.texts.find((t) => t.id === args.source);
  if (!source) {
    const known = inputs.sources.registry.sources.map((s) => s.id).join(', ');
    process.stderr.write(
      `data:import: source "${args.source}" is not registered in geo/data/sources.json (known: ${known})\n`,
    );
    return 2;
  }
  const { records, problems } = importRows(decodeText(readFileSync(args.file)), {
    sourceId: source.id,
    primary: inputs.sources.registry.primary,
    sourceText: source.text,
    clusters: inputs.sources.clusters,
    existingIds: new Set(inputs.sources.presences.map((p) => p.id)),
    geo: inputs,
  });
  for (const problem of problems) process.stderr.write(`${formatProblem(args.file, problem)}\n`);
  process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  if (problems.length)
    process.stderr.write(`data:import: ${problems.length} problem(s); ${records.length} record(s) printed\n`);
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
