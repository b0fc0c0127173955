/**
 * An analyst's member register, made up but shaped like one: rows of member companies for every
 * cluster, each in a Danish town named as the gazetteer spells it, many in the big towns and a few in
 * each small one. For the 20 000-row import in e2e and the bench; deterministic for a given seed, so
 * nothing big is committed.
 */
import { toCsv } from '../../src/lib/csv/write';
import { foldKey } from '../../src/lib/text/fold';
import { random } from './random';

interface Names {
  clusters: readonly { id: string; name: string; shortName: string | null }[];
  /** Towns of public/data/gazetteer.json (and the alias table: a town that is also an alias is left out). */
  places: readonly { name: string }[];
  aliases: readonly { names: readonly string[] }[];
}

const STATUSES = ['Etableret', 'Etableret', 'Etableret', 'Under etablering', 'Planlagt'];
const KINDS = ['kontor', 'afdeling', 'tilstedeværelse'];

/** Towns whose name is one town only: an ambiguous name ("Ejby") is a row problem, not a member. */
export function unambiguousTowns(names: Pick<Names, 'places' | 'aliases'>): string[] {
  const count = new Map<string, number>();
  for (const p of names.places) count.set(foldKey(p.name), (count.get(foldKey(p.name)) ?? 0) + 1);
  const aliases = new Set(names.aliases.flatMap((a) => a.names.map(foldKey)));
  return names.places
    .map((p) => p.name)
    .filter((name) => count.get(foldKey(name)) === 1 && !aliases.has(foldKey(name)));
}

/** The register as rows: header first, in the columns of the import template. */
export function syntheticRegisterRows(names: Names, count: number, seed = 7): string[][] {
  const rand = random(seed);
  const towns = unambiguousTowns(names);
  // Shuffle, then weigh by rank (Zipf-like): a few towns hold many members, most hold a few.
  for (let i = towns.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [towns[i], towns[j]] = [towns[j] as string, towns[i] as string];
  }
  const weights = towns.map((_, rank) => 1 / (rank + 1) ** 0.9);
  const total = weights.reduce((a, b) => a + b, 0);
  const pickTown = () => {
    let r = rand() * total;
    for (let i = 0; i < towns.length; i++) if ((r -= weights[i] as number) <= 0) return towns[i] as string;
    return towns[towns.length - 1] as string;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
  const rows = [['klynge', 'sted', 'status', 'kilde', 'type', 'note']];
  for (let i = 0; i < count; i++) {
    const cluster = pick(names.clusters);
    rows.push([
      cluster.shortName ?? cluster.name,
      pickTown(),
      pick(STATUSES),
      `Medlemsliste ${cluster.shortName ?? cluster.name} 2024`,
      pick(KINDS),
      `Medlem nr. ${i + 1}`,
    ]);
  }
  return rows;
}

/** The register as a CSV file in the app's own dialect, as Danish Excel saves it. */
export function syntheticRegisterCsv(names: Names, count: number, seed = 7): string {
  return toCsv(syntheticRegisterRows(names, count, seed));
}
