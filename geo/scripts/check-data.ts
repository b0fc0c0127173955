/**
 * npm run data:check — validates the sources in geo/data/ and the built public/data/dataset.json and
 * public/data/history.json (schema, cross-references, quotes against the copies the app serves:
 * public/data/note.md and public/data/sources/), public/data/population.json, and that the build is up
 * to date.
 * Prints one "file: record "id" field "x": reason" line per problem on stderr; exits non-zero on any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkProvenance } from './data/check-provenance';
import {
  DatasetValidationError,
  toProblems,
  type ValidationProblem,
} from '../../src/data/format-validation-error';
import { datasetSchema, type Dataset } from '../../src/model/dataset-schema';
import { decodePopulationFile } from '../../src/model/population-file';
import { parseHistory } from '../../src/data/parse-history';
import { buildDataset } from './data/build-dataset';
import { buildHistory } from './data/build-history';
import { danishPlaces } from './data/gazetteer-dk';
import { loadBuildInputs } from './data/inputs';
import { sha256 } from './data/load-sources';
import { abs, FILES, PUBLIC_SOURCES_DIR } from './data/paths';
import {
  buildPopulationFile,
  loadPopulationRows,
  POPULATION_FILE,
  serialisePopulationFile,
} from './data/population-build';
import { reportFailure } from './data/report-failure';
import { serialiseDataset } from './data/serialise';

const problem = (file: string, reason: string): ValidationProblem => ({
  file,
  record: null,
  field: null,
  reason,
});

function readJson(file: string): { raw?: unknown; problems: ValidationProblem[] } {
  if (!existsSync(abs(file))) return { problems: [problem(file, 'missing; run npm run data:build')] };
  try {
    return { raw: JSON.parse(readFileSync(abs(file), 'utf8')), problems: [] };
  } catch (error) {
    const reason = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    return { problems: [problem(file, reason)] };
  }
}

function checkBuiltDataset(): { problems: ValidationProblem[]; dataset?: Dataset } {
  const file: string = FILES.dataset;
  const { raw, problems } = readJson(file);
  if (raw === undefined) return { problems };
  const result = datasetSchema.safeParse(raw);
  if (!result.success) problems.push(...toProblems(result.error.issues, raw, file));
  if (!existsSync(abs(FILES.note)))
    return { problems: [...problems, problem(FILES.note, 'missing; run npm run data:build')] };
  const note = readFileSync(abs(FILES.note));
  if (result.success && sha256(note) !== result.data.generatedFrom.sha256) {
    problems.push(
      problem(FILES.note, `SHA-256 differs from ${file} generatedFrom.sha256; run npm run data:build`),
    );
  }
  // Quotes are checked even when the schema fails, so one run lists every problem.
  const sources = (raw as { sources?: { id?: unknown; primary?: unknown }[] } | null)?.sources;
  const primary = String(sources?.find?.((s) => s.primary === true)?.id ?? '');
  const records = raw as { clusters?: unknown; presences?: unknown };
  problems.push(...checkProvenance(records, { primary, texts: { [primary]: note.toString('utf8') } }, file));
  return { problems, dataset: result.success ? result.data : undefined };
}

/** The histories against the built dataset, and every quote against the source copies the app serves. */
function checkBuiltHistory(dataset: Dataset): ValidationProblem[] {
  const file: string = FILES.history;
  const { raw, problems } = readJson(file);
  if (raw === undefined) return problems;
  try {
    const history = parseHistory(raw, dataset, file);
    if (history.dataset.sha256 !== sha256(readFileSync(abs(FILES.dataset))))
      problems.push(
        problem(file, `dataset.sha256 is not the SHA-256 of ${FILES.dataset}; run npm run data:build`),
      );
    const primary = dataset.sources.find((s) => s.primary);
    const texts: Record<string, string> = primary
      ? { [primary.id]: readFileSync(abs(FILES.note), 'utf8') }
      : {};
    for (const source of history.sources) {
      const copy = `${PUBLIC_SOURCES_DIR}/${source.file}`;
      if (!existsSync(abs(copy))) {
        problems.push(problem(copy, 'missing; run npm run data:build'));
        continue;
      }
      const bytes = readFileSync(abs(copy));
      if (sha256(bytes) !== source.sha256)
        problems.push(
          problem(copy, `SHA-256 differs from ${file} source "${source.id}"; run npm run data:build`),
        );
      texts[source.id] = bytes.toString('utf8');
    }
    const excerpts = new Set(history.sources.filter((s) => s.text === 'excerpts').map((s) => s.id));
    problems.push(...checkProvenance(history, { primary: primary?.id ?? '', texts, excerpts }, file));
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    problems.push(...error.problems);
  }
  return problems;
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
    const inputs = loadBuildInputs();
    const expected = buildDataset(inputs);
    const expectedText = await serialiseDataset(expected);
    const expectedHistory = await serialiseDataset(buildHistory(inputs, expected, sha256(expectedText)));
    const built = checkBuiltDataset();
    problems.push(...built.problems);
    if (built.dataset) problems.push(...checkBuiltHistory(built.dataset));
    if (problems.length === 0) {
      if (readFileSync(abs(FILES.dataset), 'utf8') !== expectedText)
        problems.push(problem(FILES.dataset, 'out of date with geo/data/; run npm run data:build'));
      if (readFileSync(abs(FILES.history), 'utf8') !== expectedHistory)
        problems.push(problem(FILES.history, 'out of date with geo/data/; run npm run data:build'));
    }
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    const built = checkBuiltDataset();
    problems.push(...error.problems, ...built.problems);
  }
  problems.push(...checkPopulation());
  if (problems.length) throw new DatasetValidationError(problems);
  console.log(
    `data:check: ${FILES.dataset}, ${FILES.history}, ${POPULATION_FILE} and geo/data/ are valid and up to date`,
  );
}

main().catch((error: unknown) => reportFailure(error, 'data:check'));
