/** Finds every quoted fact in a record, wherever it sits, so checks cannot miss a newly added field. */

export type Path = (string | number)[];

export interface QuotedFact {
  /** Path from the record to the object that holds `quote`. */
  path: Path;
  /** Which field holds the quote: "quote", or "heading" for a cluster's section heading. */
  field: 'quote' | 'heading';
  quote: string;
  /** The `source` id next to the quote, or undefined for the primary source. */
  source: string | undefined;
  /** Sibling fields that must occur verbatim inside the quote (fact text, figure, partner name, place…). */
  verbatim: { field: string; value: string }[];
}

/** Fields whose value is, by the data model, the source's own words and so must occur inside the quote. */
const VERBATIM_FIELDS = ['text', 'counts', 'name', 'place'] as const;

export function collectQuotedFacts(record: unknown, path: Path = []): QuotedFact[] {
  if (Array.isArray(record)) return record.flatMap((item, i) => collectQuotedFacts(item, [...path, i]));
  if (record === null || typeof record !== 'object') return [];
  const object = record as Record<string, unknown>;
  const found: QuotedFact[] = [];
  if (typeof object.heading === 'string') {
    found.push({ path, field: 'heading', quote: object.heading, source: undefined, verbatim: [] });
  }
  if (typeof object.quote === 'string') {
    found.push({
      path,
      field: 'quote',
      quote: object.quote,
      source: typeof object.source === 'string' ? object.source : undefined,
      verbatim: VERBATIM_FIELDS.filter((f) => typeof object[f] === 'string').map((f) => ({
        field: f,
        value: object[f] as string,
      })),
    });
  }
  for (const [key, value] of Object.entries(object)) {
    if (key !== 'quote' && typeof value === 'object')
      found.push(...collectQuotedFacts(value, [...path, key]));
  }
  return found;
}
