/**
 * Reads and validates the hand-authored files under geo/data/ and the source texts under geo/sources/.
 * Every problem is collected (not just the first) and named by file, record id, field and reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { z } from '../../../src/model/zod';
import { checkProvenance } from './check-provenance';
import { crossCheck } from '../../../src/model/cross-check';
import {
  DatasetValidationError,
  toProblems,
  type IssueLike,
  type ValidationProblem,
} from '../../../src/data/format-validation-error';
import {
  aliasesFileSchema,
  clustersFileSchema,
  presencesFileSchema,
  sourcesFileSchema,
  type AliasesFile,
  type ClustersFile,
  type PresencesFile,
  type SourcesFile,
} from '../../../src/model/dataset-schema';
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
  if (!clusters || !presences || !aliases || !registry) throw new DatasetValidationError(problems);

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
  crossCheck(
    records,
    registry.sources.map((s) => s.id),
    { addIssue: (issue) => void issues.push(issue as IssueLike) },
  );
  problems.push(...toProblems(issues, records, fileFor));
  problems.push(
    ...checkProvenance(
      records,
      { primary: registry.primary, texts: Object.fromEntries(texts.map((t) => [t.id, t.text])) },
      fileFor,
    ),
  );
  if (problems.length) throw new DatasetValidationError(problems);
  return {
    clusters: clusters.clusters,
    presences: presences.presences,
    aliases: aliases.aliases,
    registry,
    texts,
  };
}
