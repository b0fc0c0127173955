/**
 * Assembles public/data/history.json: the sources beyond the note, the presences only they state (located
 * like the note's), every dated observation (with how its own wording of the place was linked), the
 * dated facts and the conflicts. Checked like the dataset: schema, cross-references against the dataset,
 * each quote in its stored text, and each observation's place at the location of its presence.
 */
import { checkProvenance } from './check-provenance';
import {
  DatasetValidationError,
  toProblems,
  type IssueLike,
} from '../../../src/data/format-validation-error';
import { historyCrossCheck } from '../../../src/model/history-cross-check';
import {
  HISTORY_VERSION,
  historySchema,
  type Dataset,
  type History,
} from '../../../src/model/dataset-schema';
import { locate, type BuildInputs, type Located } from './build-dataset';
import { FILES } from './paths';

const sameLocation = (a: Located, b: Located) =>
  a.point && b.point
    ? a.point[0] === b.point[0] && a.point[1] === b.point[1]
    : a.area?.type === b.area?.type && a.area?.code === b.area?.code;

const describe = (l: Located) =>
  l.point ? `the point ${l.point.join(',')}` : `${l.area?.type} ${l.area?.code}`;

export function buildHistory(inputs: BuildInputs, dataset: Dataset, datasetSha256: string): History {
  const { sources } = inputs;
  const inDataset = new Set(dataset.sources.map((s) => s.id));
  const historySources = sources.registry.sources
    .filter((s) => !inDataset.has(s.id))
    .map((s) => ({ ...s, sha256: sources.texts.find((t) => t.id === s.id)?.sha256 ?? '' }));
  const presences = sources.observations.presences.map((p) => ({ ...p, ...locate(p, inputs) }));
  const located = new Map<string, Located>([...dataset.presences, ...presences].map((p) => [p.id, p]));

  const issues: IssueLike[] = [];
  const observations = sources.observations.observations.map((o, i) => {
    const own = locate(o, inputs, 'observation');
    const presence = located.get(o.presence);
    if (presence && !sameLocation(own, presence)) {
      issues.push({
        code: 'custom',
        path: ['observations', i, 'place'],
        message: `"${o.place}" is at ${describe(own)}, but presence "${o.presence}" is at ${describe(presence)}`,
      });
    }
    return { ...o, placeLink: own.placeLink };
  });

  const history = {
    version: HISTORY_VERSION,
    dataset: { sha256: datasetSha256 },
    sources: historySources,
    presences,
    observations,
    facts: sources.datedFacts.facts,
    conflicts: sources.datedFacts.conflicts,
  };
  const fileFor = (collection: string | null) =>
    collection === 'facts' || collection === 'conflicts' ? FILES.datedFacts : FILES.observations;
  if (issues.length) throw new DatasetValidationError(toProblems(issues, history, fileFor));
  // The output must pass the checks the app and data:check apply, or the build fails here.
  const result = historySchema.safeParse(history);
  if (!result.success)
    throw new DatasetValidationError(toProblems(result.error.issues, history, FILES.history));
  historyCrossCheck(result.data, dataset, { addIssue: (issue) => void issues.push(issue as IssueLike) });
  const texts = Object.fromEntries(sources.texts.map((t) => [t.id, t.text]));
  const excerpts = new Set(sources.registry.sources.filter((s) => s.text === 'excerpts').map((s) => s.id));
  const problems = [
    ...toProblems(issues, result.data, FILES.history),
    ...checkProvenance(result.data, { primary: sources.registry.primary, texts, excerpts }, FILES.history),
  ];
  if (problems.length) throw new DatasetValidationError(problems);
  return result.data;
}
