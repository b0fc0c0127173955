/**
 * Reads and validates the hand-authored files under geo/data/ and the source texts under geo/sources/.
 * Every problem is collected (not just the first) and named by file, record id, field and reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { z } from '../../../src/model/zod';
import { checkProvenance } from './check-provenance';
import { crossCheck } from '../../../src/model/cross-check';
import { historyCrossCheck } from '../../../src/model/history-cross-check';
import {
  DatasetValidationError,
  toProblems,
  type IssueLike,
  type ValidationProblem,
} from '../../../src/data/format-validation-error';
import {
  aliasesFileSchema,
  clustersFileSchema,
  datedFactsFileSchema,
  observationsFileSchema,
  presencesFileSchema,
  sourcesFileSchema,
  type AliasesFile,
  type ClustersFile,
  type DatedFactsFile,
  type ObservationsFile,
  type PresencesFile,
  type SourcesFile,
} from '../../../src/model/dataset-schema';
import { cutMarkProblem } from '../../../src/model/history-schema';
import { excerptPassages } from '../../../src/lib/text/quote-match';
import { abs, FILES, SOURCES_DIR } from './paths';

export interface SourceText {
  id: string;
  file: string;
  bytes: Buffer;
  text: string;
  sha256: string;
}

export interface Sources {
  clusters: ClustersFile['clusters'];
  presences: PresencesFile['presences'];
  aliases: AliasesFile['aliases'];
  registry: SourcesFile;
  texts: SourceText[];
  /** Dated observations of presences and dated facts from sources beyond the note. */
  observations: ObservationsFile;
  datedFacts: DatedFactsFile;
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function readJson(file: string, problems: ValidationProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(abs(file), 'utf8'));
  } catch (error) {
    problems.push({
      file,
      record: null,
      field: null,
      reason: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

function parseFile<S extends z.ZodMiniType>(
  schema: S,
  file: string,
  problems: ValidationProblem[],
): z.infer<S> | undefined {
  const raw = readJson(file, problems);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  problems.push(...toProblems(result.error.issues, raw, file));
  return undefined;
}

export function readSourceText(id: string, file: string): SourceText {
  const bytes = readFileSync(abs(`${SOURCES_DIR}/${file}`));
  return { id, file, bytes, text: bytes.toString('utf8'), sha256: sha256(bytes) };
}

/** Throws DatasetValidationError listing every problem found in geo/data/. */
export function loadSources(): Sources {
  const problems: ValidationProblem[] = [];
  const clusters = parseFile(clustersFileSchema, FILES.clusters, problems);
  const presences = parseFile(presencesFileSchema, FILES.presences, problems);
  const aliases = parseFile(aliasesFileSchema, FILES.aliases, problems);
  const registry = parseFile(sourcesFileSchema, FILES.sources, problems);
  const observations = parseFile(observationsFileSchema, FILES.observations, problems);
  const datedFacts = parseFile(datedFactsFileSchema, FILES.datedFacts, problems);
  if (!clusters || !presences || !aliases || !registry || !observations || !datedFacts)
    throw new DatasetValidationError(problems);

  const texts: SourceText[] = [];
  for (const source of registry.sources) {
    try {
      texts.push(readSourceText(source.id, source.file));
    } catch {
      problems.push({
        file: FILES.sources,
        record: { type: 'source', id: source.id },
        field: 'file',
        reason: `${SOURCES_DIR}/${source.file} cannot be read`,
      });
    }
  }
  if (!registry.sources.some((s) => s.id === registry.primary)) {
    problems.push({
      file: FILES.sources,
      record: null,
      field: 'primary',
      reason: `no source has id "${registry.primary}"`,
    });
  }

  const records = { clusters: clusters.clusters, presences: presences.presences };
  const fileFor = (collection: string | null) =>
    collection === 'presences' ? FILES.presences : FILES.clusters;
  const issues: IssueLike[] = [];
  const collect = { addIssue: (issue: unknown) => void issues.push(issue as IssueLike) };
  crossCheck(
    records,
    registry.sources.map((s) => s.id),
    collect,
  );
  problems.push(...toProblems(issues, records, fileFor));
  const sourceTexts = {
    primary: registry.primary,
    texts: Object.fromEntries(texts.map((t) => [t.id, t.text])),
    excerpts: new Set(registry.sources.filter((s) => s.text === 'excerpts').map((s) => s.id)),
  };
  problems.push(...checkProvenance(records, sourceTexts, fileFor));

  // The histories: the same checks, against the note's records and every registered source.
  const history = {
    sources: [],
    presences: observations.presences,
    observations: observations.observations,
    facts: datedFacts.facts,
    conflicts: datedFacts.conflicts,
  };
  const historyFileFor = (collection: string | null) =>
    collection === 'facts' || collection === 'conflicts' ? FILES.datedFacts : FILES.observations;
  issues.length = 0;
  historyCrossCheck(
    history,
    { sources: registry.sources, clusters: clusters.clusters, presences: presences.presences },
    collect,
  );
  problems.push(...toProblems(issues, history, historyFileFor));
  problems.push(...checkProvenance(history, sourceTexts, historyFileFor));
  problems.push(...checkStoredExcerpts(registry.sources, texts));
  if (problems.length) throw new DatasetValidationError(problems);
  return {
    clusters: clusters.clusters,
    presences: presences.presences,
    aliases: aliases.aliases,
    registry,
    texts,
    observations,
    datedFacts,
  };
}

/**
 * A source stored as excerpts names its address, and its passages carry cut marks only at their edges
 * (a mark inside would join two passages into one).
 */
function checkStoredExcerpts(registry: SourcesFile['sources'], texts: SourceText[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const source of registry) {
    const text = texts.find((t) => t.id === source.id)?.text;
    if (source.text !== 'excerpts' || text === undefined) continue;
    const problem = (reason: string): ValidationProblem => ({
      file: `${SOURCES_DIR}/${source.file}`,
      record: { type: 'source', id: source.id },
      field: null,
      reason,
    });
    const passages = excerptPassages(text);
    if (!passages.length) problems.push(problem('holds no passage ("> " quotation block)'));
    if (source.url && !text.includes(source.url))
      problems.push(problem(`does not name its address ${source.url}`));
    for (const passage of passages) {
      const cut = cutMarkProblem(passage);
      if (cut) problems.push(problem(`${cut}: "${passage}"`));
    }
  }
  return problems;
}
