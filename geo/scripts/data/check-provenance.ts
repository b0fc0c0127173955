/**
 * Proves provenance: every quote occurs in its source (by the rules in src/lib/text/quote-match.ts:
 * whitespace normalised, plus the letterhead rule for the note, within one passage for a source stored as
 * excerpts, nothing else), and every field that holds the source's own words (fact text, figure, partner
 * name, place) occurs inside its quote.
 */
import {
  createExcerptFinder,
  createQuoteFinder,
  normaliseWhitespace,
  type QuoteFinder,
} from '../../../src/lib/text/quote-match';
import {
  toProblems,
  type IssueLike,
  type ValidationProblem,
} from '../../../src/data/format-validation-error';
import { collectQuotedFacts } from '../../../src/model/quoted-facts';

export interface SourceTexts {
  /** The source a fact quotes when it names none. */
  primary: string;
  /** Source id → its stored text. */
  texts: Record<string, string>;
  /** Ids of the sources stored as excerpts (`text: 'excerpts'`): a quote must lie within one passage. */
  excerpts?: ReadonlySet<string>;
}

export function checkProvenance(
  records: { clusters?: unknown; presences?: unknown; observations?: unknown; facts?: unknown },
  sources: SourceTexts,
  fileFor: string | ((collection: string | null) => string),
): ValidationProblem[] {
  const finders = new Map<string, Pick<QuoteFinder, 'occurs'>>();
  const finderFor = (id: string) => {
    const text = sources.texts[id];
    if (text === undefined) return undefined;
    if (!finders.has(id))
      finders.set(id, sources.excerpts?.has(id) ? createExcerptFinder(text) : createQuoteFinder(text));
    return finders.get(id);
  };
  const issues: IssueLike[] = [];
  for (const fact of collectQuotedFacts(records)) {
    const sourceId = fact.source ?? sources.primary;
    const finder = finderFor(sourceId);
    const at = [...fact.path, fact.field];
    if (!finder) {
      issues.push({
        code: 'custom',
        path: at,
        message: `source "${sourceId}" has no stored text to check against`,
      });
    } else if (!finder.occurs(fact.quote)) {
      issues.push({
        code: 'custom',
        path: at,
        message: `not found in source "${sourceId}": "${fact.quote}"`,
      });
    }
    const quote = normaliseWhitespace(fact.quote);
    for (const { field, value } of fact.verbatim) {
      if (!quote.includes(normaliseWhitespace(value))) {
        issues.push({
          code: 'custom',
          path: [...fact.path, field],
          message: `"${value}" does not occur in its quote`,
        });
      }
    }
  }
  return toProblems(issues, records, fileFor);
}
