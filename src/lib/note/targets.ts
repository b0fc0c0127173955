import { FACT_CATEGORIES, type FactCategory, type NoteFact } from './note-facts';

/** What activating a highlighted sentence can select. */
export type FactTarget =
  { kind: 'presence'; presenceId: string; clusterId: string } | { kind: 'cluster'; clusterId: string };

/**
 * The choices a sentence offers. One presence (with facts of its own cluster) or one cluster is a single
 * target and is selected at once; anything more becomes a list: each presence, then each cluster whole.
 */
export function targetsOf(facts: readonly NoteFact[]): FactTarget[] {
  const presences = new Map<string, FactTarget>();
  const clusters: string[] = [];
  for (const fact of facts) {
    if (fact.presenceId) {
      presences.set(fact.presenceId, {
        kind: 'presence',
        presenceId: fact.presenceId,
        clusterId: fact.clusterId,
      });
    } else if (!clusters.includes(fact.clusterId)) {
      clusters.push(fact.clusterId);
    }
  }
  const [only, ...others] = presences.values();
  if (only && others.length === 0 && clusters.every((c) => c === only.clusterId)) return [only];
  if (!only) return clusters.map((clusterId) => ({ kind: 'cluster', clusterId }));
  const all = [...presences.values()];
  for (const target of all) if (!clusters.includes(target.clusterId)) clusters.push(target.clusterId);
  return [...all, ...clusters.map((clusterId): FactTarget => ({ kind: 'cluster', clusterId }))];
}

/** The categories a sentence supports, most specific first: the first one styles the highlight. */
export function categoriesOf(facts: readonly NoteFact[]): FactCategory[] {
  return FACT_CATEGORIES.filter((c) => facts.some((f) => f.category === c));
}
