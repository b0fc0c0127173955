/**
 * npm run data:check — validates the sources in geo/data/ and the built public/data/dataset.json (schema,
 * cross-references, quotes against public/data/note.md), public/data/population.json, and that the build is up to date.
 * Prints one "file: record "id" field "x": reason" line per problem on stderr; exits non-zero on any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkProvenance } from './data/check-provenance';
import {
  DatasetValidationError,
  toProblems,
  type ValidationProblem,
} from '../../src/data/format-validation-error';
import { datasetSchema } from '../../src/model/dataset-schema';
import { decodePopulationFile } from '../../src/model/population-file';
import { buildDataset } from './data/build-dataset';
import { danishPlaces } from './data/gazetteer-dk';
import { loadBuildInputs } from './data/inputs';
import { sha256 } from './data/load-sources';
import { abs, FILES } from './data/paths';
import {
  buildPopulationFile,
  loadPopulationRows,
  POPULATION_FILE,
  serialisePopulationFile,
} from './data/population-build';
import { reportFailure } from './data/report-failure';
import { serialiseDataset } from './data/serialise';

function checkBuilt(): ValidationProblem[] {
  const file: string = FILES.dataset;
  const problem = (reason: string, at = file): ValidationProblem => ({
    file: at,
    record: null,
    field: null,
    reason,
  });
  if (!existsSync(abs(file))) return [problem('missing; run npm run data:build')];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(abs(file), 'utf8'));
  } catch (error) {
    return [problem(`not valid JSON (${error instanceof Error ? error.message : String(error)})`)];
  }
  const result = datasetSchema.safeParse(raw);
  const problems = result.success ? [] : toProblems(result.error.issues, raw, file);
  if (!existsSync(abs(FILES.note)))
    return [...problems, problem('missing; run npm run data:build', FILES.note)];
  const note = readFileSync(abs(FILES.note));
  if (result.success && sha256(note) !== result.data.generatedFrom.sha256) {
    problems.push(
      problem(`SHA-256 differs from ${file} generatedFrom.sha256; run npm run data:build`, FILES.note),
    );
  }
  // Quotes are checked even when the schema fails, so one run lists every problem.
  const sources = (raw as { sources?: { id?: unknown; primary?: unknown }[] } | null)?.sources;
  const primary = String(sources?.find?.((s) => s.primary === true)?.id ?? '');
  const records = raw as { clusters?: unknown; presences?: unknown };
  return [
    ...problems,
    ...checkProvenance(records, { primary, texts: { [primary]: note.toString('utf8') } }, file),
  ];
}

/** public/data/population.json is what geo/raw/population/ and the gazetteer give today. */
function checkPopulation(): ValidationProblem[] {
  const problem = (reason: string): ValidationProblem => ({
    file: POPULATION_FILE,
    record: null,
    field: null,
    reason,
  });
  if (!existsSync(abs(POPULATION_FILE))) return [problem('missing; run npm run data:build')];
  try {
    const expected = serialisePopulationFile(
      buildPopulationFile(loadPopulationRows(), loadBuildInputs().admin.municipalities, danishPlaces()),
    );
    const text = readFileSync(abs(POPULATION_FILE), 'utf8');
    decodePopulationFile(JSON.parse(text));
    return text === expected ? [] : [problem('out of date with geo/raw/population/; run npm run data:build')];
  } catch (error) {
    return [problem(error instanceof Error ? error.message : String(error))];
  }
}

async function main() {
  const problems: ValidationProblem[] = [];
  try {
    const expected = await serialiseDataset(buildDataset(loadBuildInputs()));
    const built = checkBuilt();
    problems.push(...built);
    if (built.length === 0 && readFileSync(abs(FILES.dataset), 'utf8') !== expected) {
      problems.push({
        file: FILES.dataset,
        record: null,
        field: null,
        reason: 'out of date with geo/data/; run npm run data:build',
      });
    }
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    problems.push(...error.problems, ...checkBuilt());
  }
  problems.push(...checkPopulation());
  if (problems.length) throw new DatasetValidationError(problems);
  console.log(`data:check: ${FILES.dataset}, ${POPULATION_FILE} and geo/data/ are valid and up to date`);
}

main().catch((error: unknown) => reportFailure(error, 'data:check'));
